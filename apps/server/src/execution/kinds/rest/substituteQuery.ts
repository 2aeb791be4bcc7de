import { segmentsOf } from "@tessera/engine";
import type { HttpMethod, RestQueryConfig } from "@tessera/model";
import type { SubstitutedBody } from "../../createOutboundClient";
import type { BindingValues } from "../DatasourceKind";

// The body type belongs to the outbound client, which every HTTP kind shares.
export type { SubstitutedBody } from "../../createOutboundClient";
export type { BindingValues } from "../DatasourceKind";

/** A stored query with every binding replaced by its value, ready for the outbound client. */
export interface SubstitutedRequest {
  method: HttpMethod;
  /** Path text, binding values URL-encoded; may carry its own `?query`. */
  path: string;
  /** Query parameters, not yet encoded: the URL builder encodes keys and values once. */
  queryParams: [string, string][];
  /** Header values with CR and LF removed. */
  headers: [string, string][];
  body: SubstitutedBody;
}

/**
 * Replaces the `{{ }}` bindings of a stored query with the values the browser evaluated,
 * each by its context, so a value can never change the shape of the request:
 * - in the body, a binding that is a whole JSON value becomes `JSON.stringify(value)`, one
 *   inside a JSON string literal becomes escaped text without quotes;
 * - in the path, a value is `encodeURIComponent`-ed; query params are encoded when the URL
 *   is built;
 * - in headers, CR and LF are removed.
 * A value missing from `values` is `null` in a JSON value position and `""` elsewhere.
 * Only the expressions of the stored config are looked up: extra keys are ignored.
 *
 * @example substituteQuery(config, { "inputs.email": "a@b.c" })
 */
export function substituteQuery(config: RestQueryConfig, values: BindingValues): SubstitutedRequest {
  const lookup = (expression: string): unknown =>
    Object.hasOwn(values, expression) ? values[expression] : undefined;
  return {
    method: config.method,
    path: substituteText(config.path, lookup, (value) => encodeURIComponent(plainText(value))),
    queryParams: config.queryParams
      .map(({ key, value }): [string, string] => [
        substituteText(key, lookup, plainText),
        substituteText(value, lookup, plainText),
      ])
      .filter(([key]) => key !== ""),
    headers: config.headers
      .map(({ key, value }): [string, string] => [
        stripLineBreaks(substituteText(key, lookup, plainText)).trim(),
        stripLineBreaks(substituteText(value, lookup, plainText)),
      ])
      .filter(([key]) => key !== ""),
    body: substituteBody(config.body, lookup),
  };
}

function substituteText(
  text: string,
  lookup: (expression: string) => unknown,
  render: (value: unknown) => string,
): string {
  if (!text.includes("{{")) return text;
  let out = "";
  for (const segment of segmentsOf(text)) {
    out += segment.kind === "text" ? segment.text : render(lookup(segment.expression));
  }
  return out;
}

function substituteBody(body: string, lookup: (expression: string) => unknown): SubstitutedBody {
  if (body.trim() === "") return null;
  const segments = segmentsOf(body);
  let json = "";
  // Tracks whether the text so far leaves us inside a JSON string literal.
  let inString = false;
  for (const segment of segments) {
    if (segment.kind === "text") {
      json += segment.text;
      inString = endsInsideString(segment.text, inString);
    } else {
      const value = lookup(segment.expression);
      json += inString ? JSON.stringify(plainText(value)).slice(1, -1) : jsonValue(value);
    }
  }
  if (isJson(json)) return { kind: "json", text: json };
  // Not JSON: a form or plain-text body takes the values as they are.
  let text = "";
  for (const segment of segments)
    text += segment.kind === "text" ? segment.text : plainText(lookup(segment.expression));
  return { kind: "text", text };
}

function endsInsideString(text: string, startsInside: boolean): boolean {
  let inside = startsInside;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inside && ch === "\\") i++;
    else if (ch === '"') inside = !inside;
  }
  return inside;
}

function jsonValue(value: unknown): string {
  if (value === undefined) return "null";
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    // Cycles or BigInt cannot come from a JSON request, but a value must never crash a run.
    return "null";
  }
}

function plainText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object") return jsonValue(value);
  return String(value);
}

function stripLineBreaks(text: string): string {
  return text.replace(/[\r\n\0]/g, "");
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
