import { segmentsOf, staticInputValue } from "@tessera/engine";
import type { ModuleInput } from "@tessera/model";
import type { BindingValues } from "./kinds/DatasourceKind";

/** A plain-text default as a value of its input's type; undefined for a binding default. */
export function plainDefaultOf(input: ModuleInput): unknown {
  // Inputs come from stored modules, decoded once and kept (see findRunnableQuery): each is
  // read once, except an object or array default, which each run gets a copy of its own.
  if (defaults.has(input)) return defaults.get(input);
  const hasBinding = segmentsOf(input.defaultValue).some((s) => s.kind === "binding");
  const value = hasBinding ? undefined : staticInputValue(input.defaultValue, input.type);
  if (typeof value !== "object" || value === null) defaults.set(input, value);
  return value;
}

const defaults = new WeakMap<ModuleInput, unknown>();

/**
 * The values a module query runs with: the caller's values, plus each input's default for an
 * `inputs.x` expression the caller left out. A default that is itself a binding is evaluated
 * by the browser, so only plain-text defaults are filled in here (`"5"` as 5 for a number).
 */
export function withInputDefaults(values: BindingValues, inputs: readonly ModuleInput[]): BindingValues {
  const merged: BindingValues = { ...values };
  for (const input of inputs) {
    const expression = `inputs.${input.name}`;
    if (Object.hasOwn(merged, expression) && merged[expression] !== undefined) continue;
    const value = plainDefaultOf(input);
    if (value !== undefined) merged[expression] = value;
  }
  return merged;
}
