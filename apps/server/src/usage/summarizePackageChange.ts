import type { ModuleBody, ModuleChange, PackageChangeSummary } from "@tessera/model";
import { type JsModuleShape, readJsFunctions } from "./readJsFunctions";

/** The modules of a package version (or of the draft about to be published). */
export interface PackageModules {
  modules: readonly ModuleBody[];
}

const byName = <T extends { name: string }>(items: readonly T[]) => new Map(items.map((i) => [i.name, i]));
const sorted = (names: Iterable<string>) => [...names].sort();
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

function jsShapeOf(module: ModuleBody): JsModuleShape {
  if (module.kind !== "js") return { functions: new Map(), others: [], variables: [] };
  // A source that no longer parses offers no functions: to a caller they are gone.
  return readJsFunctions(module.source) ?? { functions: new Map(), others: [module.source], variables: [] };
}

/** An input's type as a caller must meet it: `number`, `required text`. */
function inputShape(input: ModuleBody["inputs"][number]): string {
  return input.required ? `required ${input.type}` : input.type;
}

/** A UI module's output or event names; none for other kinds. */
function uiNames(module: ModuleBody, list: "outputs" | "events"): Set<string> {
  return new Set(module.kind === "ui" ? module[list].map((item) => item.name) : []);
}

function addedAndRemoved<K extends "outputs" | "events">(
  list: K,
  before: Set<string>,
  after: Set<string>,
): Record<`${K}Added` | `${K}Removed`, string[]> {
  return {
    [`${list}Added`]: sorted([...after].filter((n) => !before.has(n))),
    [`${list}Removed`]: sorted([...before].filter((n) => !after.has(n))),
  } as Record<`${K}Added` | `${K}Removed`, string[]>;
}

function compareModules(before: ModuleBody, after: ModuleBody): ModuleChange | null {
  const inputsBefore = byName(before.inputs);
  const inputsAfter = byName(after.inputs);
  const shapeBefore = jsShapeOf(before);
  const shapeAfter = jsShapeOf(after);

  const functionsChanged: ModuleChange["functionsChanged"] = [];
  for (const [name, fnBefore] of shapeBefore.functions) {
    const fnAfter = shapeAfter.functions.get(name);
    if (!fnAfter) continue;
    const paramsChanged = !sameList(fnBefore.params, fnAfter.params);
    const bodyChanged = fnBefore.body !== fnAfter.body;
    if (paramsChanged || bodyChanged) {
      functionsChanged.push({
        name,
        paramsBefore: fnBefore.params,
        paramsAfter: fnAfter.params,
        paramsChanged,
        bodyChanged,
      });
    }
  }
  functionsChanged.sort((a, b) => a.name.localeCompare(b.name));

  const change: ModuleChange = {
    name: after.name,
    kind: after.kind,
    kindChanged: before.kind !== after.kind,
    inputsAdded: sorted([...inputsAfter.keys()].filter((n) => !inputsBefore.has(n))),
    inputsRemoved: sorted([...inputsBefore.keys()].filter((n) => !inputsAfter.has(n))),
    inputsChanged: sorted(
      [...inputsAfter.values()]
        .filter((i) => inputsBefore.has(i.name) && inputsBefore.get(i.name)?.defaultValue !== i.defaultValue)
        .map((i) => i.name),
    ),
    inputsRetyped: [...inputsAfter.values()]
      .flatMap((after) => {
        const before = inputsBefore.get(after.name);
        if (!before) return [];
        const was = inputShape(before);
        const now = inputShape(after);
        return was === now ? [] : [{ name: after.name, before: was, after: now }];
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    functionsAdded: sorted([...shapeAfter.functions.keys()].filter((n) => !shapeBefore.functions.has(n))),
    functionsRemoved: sorted([...shapeBefore.functions.keys()].filter((n) => !shapeAfter.functions.has(n))),
    functionsChanged,
    configChanged:
      before.kind === "query" &&
      after.kind === "query" &&
      JSON.stringify(before.config) !== JSON.stringify(after.config),
    otherCodeChanged:
      (before.kind === "js" && after.kind === "js" && !sameList(shapeBefore.others, shapeAfter.others)) ||
      (before.kind === "ui" &&
        after.kind === "ui" &&
        JSON.stringify([before.widgets, before.outputs]) !== JSON.stringify([after.widgets, after.outputs])),
    ...addedAndRemoved("outputs", uiNames(before, "outputs"), uiNames(after, "outputs")),
    ...addedAndRemoved("events", uiNames(before, "events"), uiNames(after, "events")),
  };
  const changed =
    change.kindChanged ||
    change.inputsAdded.length > 0 ||
    change.inputsRemoved.length > 0 ||
    change.inputsChanged.length > 0 ||
    change.inputsRetyped.length > 0 ||
    change.functionsAdded.length > 0 ||
    change.functionsRemoved.length > 0 ||
    change.functionsChanged.length > 0 ||
    change.configChanged ||
    change.otherCodeChanged ||
    change.outputsAdded.length > 0 ||
    change.outputsRemoved.length > 0 ||
    change.eventsAdded.length > 0 ||
    change.eventsRemoved.length > 0;
  return changed ? change : null;
}

/**
 * What changes for a caller going from one package version to another: modules added,
 * removed and changed; per changed module its inputs, and for JS modules its functions
 * (names, parameters, bodies). Pure: the same two versions always give the same summary,
 * with names sorted.
 *
 * @example summarizePackageChange(v1, v2).modulesChanged[0].functionsChanged[0].name // "signin"
 */
export function summarizePackageChange(from: PackageModules, to: PackageModules): PackageChangeSummary {
  const before = byName(from.modules);
  const after = byName(to.modules);
  const modulesChanged: ModuleChange[] = [];
  for (const [name, module] of after) {
    const previous = before.get(name);
    const change = previous ? compareModules(previous, module) : null;
    if (change) modulesChanged.push(change);
  }
  modulesChanged.sort((a, b) => a.name.localeCompare(b.name));
  return {
    modulesAdded: sorted([...after.keys()].filter((n) => !before.has(n))),
    modulesRemoved: sorted([...before.keys()].filter((n) => !after.has(n))),
    modulesChanged,
  };
}
