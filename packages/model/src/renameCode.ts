import { parseSegments } from "@tessera/engine";

const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;

/**
 * Renames the identifier `from` to `to` in JavaScript code, leaving strings, comments and
 * property accesses (`a.from`) alone: `Input1.text` becomes `Email.text`, `"Input1"` stays.
 * Template literals are entered only inside their `${ }` parts.
 */
export function renameInCode(code: string, from: string, to: string): string {
  return renameNamesInCode(code, new Map([[from, to]]));
}

/**
 * Renames several identifiers at once, by the same rule as `renameInCode`: each name that is
 * a key of `names` (and not a property access) becomes its value, which may be any code.
 * @example renameNamesInCode("Input1.text + props.x", new Map([["Input1", "F__Input1"], ["props", "F.props"]]))
 */
export function renameNamesInCode(code: string, names: ReadonlyMap<string, string>): string {
  let out = "";
  let i = 0;
  // Brace depth of each open `${`, so a `}` knows whether it closes one and returns to the template.
  const templates: number[] = [];
  let depth = 0;

  const copyQuoted = (quote: string) => {
    let j = i + 1;
    while (j < code.length && code[j] !== quote && code[j] !== "\n") j += code[j] === "\\" ? 2 : 1;
    out += code.slice(i, j + 1);
    i = j + 1;
  };
  /** Copies template text from i up to its end or the next `${`; returns true on `${`. */
  const copyTemplateText = (): boolean => {
    let j = i;
    while (j < code.length) {
      if (code[j] === "\\") j += 2;
      else if (code[j] === "`") {
        out += code.slice(i, j + 1);
        i = j + 1;
        return false;
      } else if (code[j] === "$" && code[j + 1] === "{") {
        out += code.slice(i, j + 2);
        i = j + 2;
        return true;
      } else j++;
    }
    out += code.slice(i);
    i = code.length;
    return false;
  };

  while (i < code.length) {
    const ch = code[i];
    if (ch === '"' || ch === "'") copyQuoted(ch);
    else if (ch === "`") {
      out += ch;
      i++;
      if (copyTemplateText()) templates.push(depth++);
    } else if (ch === "/" && code[i + 1] === "/") {
      const end = code.indexOf("\n", i);
      const stop = end < 0 ? code.length : end;
      out += code.slice(i, stop);
      i = stop;
    } else if (ch === "/" && code[i + 1] === "*") {
      const end = code.indexOf("*/", i + 2);
      const stop = end < 0 ? code.length : end + 2;
      out += code.slice(i, stop);
      i = stop;
    } else if (ch === "{") {
      depth++;
      out += ch;
      i++;
    } else if (ch === "}") {
      depth--;
      out += ch;
      i++;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        if (copyTemplateText()) templates.push(depth++);
      }
    } else if (IDENTIFIER_START.test(ch) && (i === 0 || !IDENTIFIER_PART.test(code[i - 1]))) {
      let j = i + 1;
      while (j < code.length && IDENTIFIER_PART.test(code[j])) j++;
      const word = code.slice(i, j);
      const to = names.get(word);
      out += to !== undefined && !isPropertyAccess(code, i) ? to : word;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** True when the identifier at `index` follows a `.` (or `?.`) but not a spread `...`. */
function isPropertyAccess(code: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && /\s/.test(code[k])) k--;
  return code[k] === "." && code[k - 1] !== ".";
}

/** Renames references inside the `{{ }}` bindings of a property value; other text is kept. */
export function renameInBindings(value: string, from: string, to: string): string {
  if (!value.includes(from)) return value;
  return renameNamesInBindings(value, new Map([[from, to]]));
}

/** `renameNamesInCode` inside the `{{ }}` bindings of a property value; other text is kept. */
export function renameNamesInBindings(value: string, names: ReadonlyMap<string, string>): string {
  if (!value.includes("{{")) return value;
  return parseSegments(value)
    .map((segment) =>
      segment.kind === "text" ? segment.text : `{{${renameNamesInCode(segment.raw.slice(2, -2), names)}}}`,
    )
    .join("");
}
