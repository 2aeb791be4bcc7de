import { bindingExpressions, hasBindings, staticInputValue } from "@tessera/engine";
import { browserBindings, type ModuleInput, type QueryConfig } from "@tessera/model";

const pathPattern = /^inputs(?:\.[A-Za-z_$][\w$]*|\[(?:"[^"]*"|'[^']*'|\d+)\])*$/;

/**
 * Evaluates one binding expression of a query module in the editor, where the only entity in
 * scope is `inputs`. The editor runs under a CSP without 'unsafe-eval', so it reads member
 * paths (`inputs.email`, `inputs["e-mail"]`) and JSON literals, and reports anything else.
 */
export function evaluateModuleExpression(
  expression: string,
  inputs: Record<string, unknown>,
): { value: unknown } | { error: string } {
  const text = expression.trim();
  if (pathPattern.test(text)) {
    const parts = [
      ...text.slice("inputs".length).matchAll(/\.([A-Za-z_$][\w$]*)|\[(?:"([^"]*)"|'([^']*)'|(\d+))\]/g),
    ];
    let value: unknown = inputs;
    for (const part of parts) {
      const key = part[1] ?? part[2] ?? part[3] ?? part[4];
      value =
        value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    }
    return { value };
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: `The editor can only run {{inputs.name}} bindings and literals, not {{${text}}}` };
  }
}

/**
 * The input values a test run uses: the typed test value, else the input's default (itself
 * evaluated when it is a binding); static text takes the input's type (`"5"` is 5 for a number).
 */
export function testInputValues(
  inputs: ModuleInput[],
  testValues: Record<string, string>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const input of inputs) {
    const typed = testValues[input.name];
    if (typed !== undefined && typed !== "") {
      values[input.name] = staticInputValue(typed, input.type);
    } else if (hasBindings(input.defaultValue)) {
      const [expression] = bindingExpressions(input.defaultValue);
      const result = evaluateModuleExpression(expression, {});
      values[input.name] = "value" in result ? result.value : input.defaultValue;
    } else {
      values[input.name] = staticInputValue(input.defaultValue, input.type);
    }
  }
  return values;
}

/**
 * The `values` of a run request: each expression of the config mapped to its value, keyed by
 * its text as the server expects (`{"inputs.email": "a@b.c"}`), or the errors that stop it.
 */
export function moduleBindingValues(
  config: QueryConfig,
  inputs: Record<string, unknown>,
): { values: Record<string, unknown> } | { errors: string[] } {
  const values: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const expression of browserBindings(config)) {
    const result = evaluateModuleExpression(expression, inputs);
    if ("error" in result) errors.push(result.error);
    else values[expression] = result.value;
  }
  return errors.length ? { errors } : { values };
}
