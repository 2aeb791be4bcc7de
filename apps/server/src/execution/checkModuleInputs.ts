import { inputProblem, inputTypeMismatch, isMissingInput } from "@tessera/engine";
import type { ModuleInput } from "@tessera/model";
import { ApiError } from "../errors";
import type { BindingValues } from "./kinds/DatasourceKind";
import { plainDefaultOf } from "./withInputDefaults";

/** Who ran the module query, for the message: the app's instance, or the package's query. */
export interface ModuleRunCaller {
  /** The module instance on the page (`Users1`, `Login1`); null when run from the package. */
  instance: string | null;
  /** The query module run (`list_users`, `sign_in`). */
  query: string;
}

/**
 * 400 `invalid_input`: a module query ran with a required input missing or a value of the
 * wrong type. The body names the instance, the input, the type expected and what came.
 */
export class InvalidInputError extends ApiError {
  readonly detail: { instance: string | null; query: string; input: string; expected: string; got: string };
  constructor(caller: ModuleRunCaller, input: ModuleInput, got: string | null) {
    const who = caller.instance ? `${caller.instance} (query ${caller.query})` : `Query ${caller.query}`;
    super(400, "invalid_input", `${who}: ${inputProblem(`input ${input.name}`, input.type, got)}`);
    this.detail = { ...caller, input: input.name, expected: input.type, got: got ?? "nothing" };
  }
  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, ...this.detail } };
  }
}

/**
 * Checks a module query's input values against the module's inputs before it runs. A value
 * comes from the inputs the browser resolved (`given`), else from the `inputs.x` binding value,
 * else from a plain default; a missing required one, or one of another type, throws.
 */
export function checkModuleInputs(
  caller: ModuleRunCaller,
  inputs: readonly ModuleInput[],
  values: BindingValues,
  given: Record<string, unknown> | undefined,
): void {
  for (const input of inputs) {
    let value: unknown;
    if (given && Object.hasOwn(given, input.name)) value = given[input.name];
    else if (Object.hasOwn(values, `inputs.${input.name}`)) value = values[`inputs.${input.name}`];
    if (isMissingInput(value)) value = plainDefaultOf(input);
    if (isMissingInput(value)) {
      if (input.required) throw new InvalidInputError(caller, input, null);
      continue;
    }
    const got = inputTypeMismatch(value, input.type);
    if (got !== null) throw new InvalidInputError(caller, input, got);
  }
}
