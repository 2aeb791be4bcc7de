/** A piece of a property value: literal text, or the JS expression inside one `{{ }}`. */
export type Segment = { kind: "text"; text: string } | { kind: "binding"; expression: string; raw: string };

/**
 * Splits a property value into text and `{{ }}` binding segments, brace-aware: object literals
 * and strings holding braces stay inside one binding, and an unclosed `{{` makes the rest text.
 *
 * @example parseSegments("Hi {{user.name}}!") // text "Hi ", binding "user.name", text "!"
 */
export function parseSegments(value: string): Segment[] {
  const segments: Segment[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last?.kind === "text") last.text += text;
    else segments.push({ kind: "text", text });
  };
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf("{{", i);
    if (open < 0) break;
    const close = findBindingClose(value, open + 2);
    if (close < 0) break;
    pushText(value.slice(i, open));
    const raw = value.slice(open, close + 2);
    segments.push({ kind: "binding", expression: value.slice(open + 2, close).trim(), raw });
    i = close + 2;
  }
  pushText(value.slice(i));
  return segments;
}

/** Index of the `}}` that closes a binding whose body starts at `start`, or -1 when unclosed. */
function findBindingClose(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth > 0) depth--;
      else return text[i + 1] === "}" ? i : -1;
    }
  }
  return -1;
}

/** True when a value holds at least one binding. */
export function hasBindings(value: unknown): value is string {
  return typeof value === "string" && parseSegments(value).some((s) => s.kind === "binding");
}

/** The expressions of every binding in a text, in order. */
export function bindingExpressions(value: string): string[] {
  return parseSegments(value).flatMap((s) => (s.kind === "binding" ? [s.expression] : []));
}
