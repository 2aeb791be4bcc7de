/** The rules an Input checks its text against; all optional. */
export interface InputRules {
  inputType?: unknown;
  required?: unknown;
  regex?: unknown;
  minLength?: unknown;
  maxLength?: unknown;
  errorMessage?: unknown;
}

/** A deliberately loose address check: one `@`, something on both sides, a dot in the domain. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks an Input's text. An empty optional input is valid; the author's `errorMessage`
 * replaces the built-in message. `regex` must match the whole text.
 * @example validateInput({ required: true }, "") // { isValid: false, message: "This field is required" }
 */
export function validateInput(rules: InputRules, text: string): { isValid: boolean; message: string } {
  const fail = (message: string) => ({
    isValid: false,
    message: typeof rules.errorMessage === "string" && rules.errorMessage ? rules.errorMessage : message,
  });
  if (text === "")
    return rules.required === true ? fail("This field is required") : { isValid: true, message: "" };

  if (rules.inputType === "email" && !EMAIL.test(text)) return fail("Enter a valid email address");
  if (rules.inputType === "number" && (text.trim() === "" || !Number.isFinite(Number(text)))) {
    return fail("Enter a number");
  }
  const min = typeof rules.minLength === "number" ? rules.minLength : 0;
  if (min > 0 && text.length < min) return fail(`Enter at least ${min} characters`);
  const max = typeof rules.maxLength === "number" ? rules.maxLength : 0;
  if (max > 0 && text.length > max) return fail(`Enter at most ${max} characters`);
  if (typeof rules.regex === "string" && rules.regex !== "") {
    const pattern = compile(rules.regex);
    // A pattern that does not compile is the author's mistake, not the viewer's: it is ignored.
    if (pattern && !pattern.test(text)) return fail("Enter a value in the expected format");
  }
  return { isValid: true, message: "" };
}

const compiled = new Map<string, RegExp | null>();

function compile(source: string): RegExp | null {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(`^(?:${source})$`);
    } catch {
      pattern = null;
    }
    compiled.set(source, pattern);
  }
  return pattern;
}
