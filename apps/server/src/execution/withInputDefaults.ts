import type { ModuleInput } from "@tessera/model";
import type { BindingValues } from "./kinds/DatasourceKind";
import { segmentsOf } from "./segmentsOf";

/**
 * The values a module query runs with: the caller's values, plus each input's default for an
 * `inputs.x` expression the caller left out. A default that is itself a binding is evaluated
 * by the browser, so only plain-text defaults are filled in here.
 */
export function withInputDefaults(values: BindingValues, inputs: readonly ModuleInput[]): BindingValues {
  const merged: BindingValues = { ...values };
  for (const input of inputs) {
    const expression = `inputs.${input.name}`;
    if (Object.hasOwn(merged, expression) && merged[expression] !== undefined) continue;
    const hasBinding = segmentsOf(input.defaultValue).some((s) => s.kind === "binding");
    if (!hasBinding) merged[expression] = input.defaultValue;
  }
  return merged;
}
