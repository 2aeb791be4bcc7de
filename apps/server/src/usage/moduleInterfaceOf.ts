import type { ModuleBody, ModuleInterface, PackageInterface } from "@tessera/model";
import { readJsFunctions } from "./readJsFunctions";

/** What every query module offers, whether an instance of its own or called in a JS module. */
const QUERY_FUNCTIONS: ModuleInterface["functions"] = [
  { name: "run", params: ["params"], minArgs: 0, maxArgs: 1 },
  { name: "clear", params: [], minArgs: 0, maxArgs: 0 },
];
const QUERY_PROPERTIES = ["data", "isLoading", "responseMeta", "error"];

/**
 * The interface of a module: its inputs with their types, and its members. A JS module's
 * functions and parameters come from its source (a source that does not parse offers none);
 * a UI module offers its props (inputs), outputs and events.
 *
 * @example moduleInterfaceOf(login).functions[0] // { name: "signin", params: ["{ email, password }"], minArgs: 1, maxArgs: 1 }
 */
export function moduleInterfaceOf(module: ModuleBody): ModuleInterface {
  const inputs = module.inputs.map((input) => ({
    name: input.name,
    type: input.type,
    required: input.required,
    defaultValue: input.defaultValue,
    description: input.description,
  }));
  if (module.kind === "query") {
    return {
      name: module.name,
      kind: "query",
      inputs,
      functions: QUERY_FUNCTIONS,
      properties: QUERY_PROPERTIES,
      outputs: [],
      events: [],
    };
  }
  if (module.kind === "ui") {
    const described = (items: readonly { name: string; description: string }[]) =>
      items.map(({ name, description }) => ({ name, description }));
    return {
      name: module.name,
      kind: "ui",
      inputs,
      functions: [],
      properties: module.outputs.map((output) => output.name),
      outputs: described(module.outputs),
      events: described(module.events),
    };
  }
  const shape = readJsFunctions(module.source);
  return {
    name: module.name,
    kind: "js",
    inputs,
    functions: [...(shape?.functions ?? [])].map(([name, fn]) => ({
      name,
      params: fn.params,
      minArgs: fn.minArgs,
      maxArgs: fn.maxArgs,
    })),
    properties: shape?.variables ?? [],
    outputs: [],
    events: [],
  };
}

/** The interface of every module of a package version, in the version's order. */
export function packageInterfaceOf(version: {
  packageId: string;
  version: number;
  modules: readonly ModuleBody[];
}): PackageInterface {
  return {
    packageId: version.packageId,
    version: version.version,
    modules: version.modules.map(moduleInterfaceOf),
  };
}
