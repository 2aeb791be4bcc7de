import { segmentsOf } from "@tessera/engine";
import { ApiError } from "../../../errors";
import type { BindingValues } from "../DatasourceKind";

/** A SQL statement with its `{{ }}` bindings turned into `$1`, `$2`... and their values in order. */
export interface BoundStatement {
  text: string;
  values: unknown[];
}

/** Where the SQL text so far leaves the reader. */
type Place =
  | { in: "code" }
  | { in: "string"; backslashes: boolean }
  | { in: "identifier" }
  | { in: "dollar"; tag: string }
  | { in: "lineComment" }
  | { in: "blockComment"; depth: number };

const PLACE_NAMES = {
  string: "a quoted string",
  identifier: "a quoted identifier",
  dollar: "a dollar-quoted string",
} as const;

/**
 * Turns a stored SQL text into a prepared statement: every `{{ }}` binding in code becomes the
 * next bind parameter (`$1`, `$2`, ... one per occurrence, so each takes its own type from
 * where it stands) and its value goes beside the text, never into it. A binding inside a
 * quoted string, a quoted identifier or a dollar-quoted string is a 400 `binding_in_quotes`
 * that says how to write it instead; one inside a comment is dropped with the comment's text.
 * Values: arrays stay arrays (`= ANY({{ids}})`), objects go as JSON, a missing value is NULL.
 *
 * @example bindSql("SELECT * FROM users WHERE email ILIKE {{inputs.search}}", { "inputs.search": "%a%" })
 * // { text: "SELECT * FROM users WHERE email ILIKE $1", values: ["%a%"] }
 */
export function bindSql(sql: string, values: BindingValues): BoundStatement {
  let place: Place = { in: "code" };
  let text = "";
  const bound: unknown[] = [];
  for (const segment of segmentsOf(sql)) {
    if (segment.kind === "text") {
      place = readPlace(segment.text, place, text);
      // A space keeps a parameter from running into digits after it (`{{a}}1` is not `$11`).
      text += /\$\d+$/.test(text) && /^\d/.test(segment.text) ? ` ${segment.text}` : segment.text;
      continue;
    }
    if (place.in === "lineComment" || place.in === "blockComment") continue;
    if (place.in !== "code") {
      const binding = `{{${segment.expression.trim()}}}`;
      throw new ApiError(
        400,
        "binding_in_quotes",
        `The binding ${binding} stands inside ${PLACE_NAMES[place.in]}: a value is never spliced into SQL text, it is sent as a parameter. ` +
          `Write it without quotes, e.g. WHERE name = ${binding}, not '${binding}'; for a pattern, build it in the binding or in SQL: ` +
          `ILIKE {{'%' + Input1.text + '%'}} or ILIKE '%' || ${binding} || '%'.`,
      );
    }
    const value = Object.hasOwn(values, segment.expression) ? values[segment.expression] : undefined;
    bound.push(parameterValue(value));
    text += `$${bound.length}`;
  }
  return { text, values: bound };
}

/** The place reached after reading `chunk` from `place`; `before` is the text read so far. */
function readPlace(chunk: string, start: Place, before: string): Place {
  let place = start;
  let previous = before.at(-1) ?? "";
  for (let i = 0; i < chunk.length; i++) {
    const ch = chunk[i];
    const next = chunk[i + 1] ?? "";
    switch (place.in) {
      case "code":
        if (ch === "'") place = { in: "string", backslashes: previous === "E" || previous === "e" };
        else if (ch === '"') place = { in: "identifier" };
        else if (ch === "-" && next === "-") {
          place = { in: "lineComment" };
          i++;
        } else if (ch === "/" && next === "*") {
          place = { in: "blockComment", depth: 1 };
          i++;
        } else if (ch === "$" && !/[A-Za-z0-9_]/.test(previous)) {
          const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(chunk.slice(i));
          if (tag) {
            place = { in: "dollar", tag: tag[0] };
            i += tag[0].length - 1;
          }
        }
        break;
      case "string":
        if (place.backslashes && ch === "\\") i++;
        else if (ch === "'") {
          if (next === "'") i++;
          else place = { in: "code" };
        }
        break;
      case "identifier":
        if (ch === '"') {
          if (next === '"') i++;
          else place = { in: "code" };
        }
        break;
      case "dollar":
        if (ch === "$" && chunk.startsWith(place.tag, i)) {
          i += place.tag.length - 1;
          place = { in: "code" };
        }
        break;
      case "lineComment":
        if (ch === "\n") place = { in: "code" };
        break;
      case "blockComment":
        if (ch === "*" && next === "/") {
          i++;
          place = place.depth === 1 ? { in: "code" } : { in: "blockComment", depth: place.depth - 1 };
        } else if (ch === "/" && next === "*") {
          i++;
          place = { in: "blockComment", depth: place.depth + 1 };
        }
        break;
    }
    previous = chunk[i];
  }
  return place;
}

/** What node-postgres is given for a value: it sends arrays as arrays and objects as JSON. */
function parameterValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value))
    return value.map((item) => (item !== null && typeof item === "object" ? JSON.stringify(item) : item));
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}
