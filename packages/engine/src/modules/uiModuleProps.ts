import { inputProblem, inputTypeMismatch, isMissingInput, type ModuleInputType } from "./moduleInputValue";

/** A UI module's prop as its check needs it: one of the module's typed inputs. */
export interface UiModulePropType {
  name: string;
  type: ModuleInputType;
  required: boolean;
}

/**
 * The name under which bindings see `uiModuleProps`. An expanded UI module instance's `props`
 * binding calls it (model's expandUiModules), so the check runs where the values are evaluated.
 */
export const UI_MODULE_PROPS_FUNCTION = "uiModuleProps";

/**
 * A UI module instance's props, checked against the module's inputs when they are evaluated:
 * returns `values` when each fits, and throws naming the instance, the prop, the type expected
 * and what came when one does not or a required one is missing. Thrown inside the `props`
 * binding, that is the instance's binding error, shown wherever binding errors are.
 *
 * @example uiModuleProps("LoginForm1", { title: 5 }, [{ name: "title", type: "text", required: false }])
 * // throws "LoginForm1: prop title must be text, got number 5"
 */
export function uiModuleProps(
  instance: string,
  values: Record<string, unknown>,
  types: readonly UiModulePropType[],
): Record<string, unknown> {
  for (const { name, type, required } of types) {
    const value = values[name];
    const fail = (got: string | null) => new Error(`${instance}: ${inputProblem(`prop ${name}`, type, got)}`);
    if (isMissingInput(value)) {
      if (required) throw fail(null);
      continue;
    }
    const got = inputTypeMismatch(value, type);
    if (got !== null) throw fail(got);
  }
  return values;
}
