import type {
  AffectedCall,
  ModuleInterface,
  ModulePin,
  PackageChangeSummary,
  PageCodeText,
} from "@tessera/model";
import { findInstanceReferences } from "./findInstanceReferences";
import { instanceBreakage } from "./instanceBreakage";

/** One instance on one page, with the code of that page. */
export interface InstanceOnPage {
  instance: Pick<ModulePin, "name" | "moduleName" | "inputs" | "entity">;
  texts: readonly PageCodeText[];
}

const fits = (fn: ModuleInterface["functions"][number], args: number) =>
  args >= fn.minArgs && (fn.maxArgs === null || args <= fn.maxArgs);

function arity(fn: ModuleInterface["functions"][number]): string {
  const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;
  if (fn.maxArgs === null) return `at least ${plural(fn.minArgs)}`;
  if (fn.minArgs === fn.maxArgs) return plural(fn.maxArgs);
  return fn.minArgs === 0 ? `at most ${plural(fn.maxArgs)}` : `${fn.minArgs} to ${plural(fn.maxArgs)}`;
}

/**
 * What one instance loses with a change, and each place on its page that breaks: uses of a
 * removed module, function or UI module output, calls whose arguments fit the pinned version
 * but not the new one (arity), input (UI module prop) values the app sets for an input removed
 * or retyped, and handlers the app wired to a UI module event that is removed.
 */
export function useBreakage(
  summary: PackageChangeSummary,
  before: ModuleInterface | undefined,
  after: ModuleInterface | undefined,
  use: InstanceOnPage,
): { removed: string[]; calls: AffectedCall[] } {
  const { instance } = use;
  const removed = instanceBreakage(summary, instance.moduleName);
  const calls: AffectedCall[] = [];
  const references = findInstanceReferences(use.texts, instance.name);
  const call = (ref: (typeof references)[number], problem: string): AffectedCall => ({
    entity: ref.where.entity,
    property: ref.where.property,
    code: ref.code,
    problem,
  });
  if (!after || summary.modulesRemoved.includes(instance.moduleName)) {
    for (const ref of references) calls.push(call(ref, `module ${instance.moduleName} is removed`));
    return { removed, calls };
  }
  const change = summary.modulesChanged.find((m) => m.name === instance.moduleName);
  if (!change) return { removed, calls };
  if (change.kindChanged) {
    for (const ref of references)
      calls.push(call(ref, `${instance.moduleName} is now a ${change.kind} module`));
    return { removed, calls };
  }
  const paramsBroken = new Set<string>();
  for (const ref of references) {
    if (change.functionsRemoved.includes(ref.member)) {
      calls.push(call(ref, `function ${ref.member} is removed`));
      continue;
    }
    if (change.outputsRemoved.includes(ref.member)) {
      calls.push(call(ref, `output ${ref.member} is removed`));
      continue;
    }
    const fnBefore = before?.functions.find((fn) => fn.name === ref.member);
    const fnAfter = after.functions.find((fn) => fn.name === ref.member);
    if (ref.args === null || !fnBefore || !fnAfter) continue;
    if (fits(fnBefore, ref.args) && !fits(fnAfter, ref.args)) {
      paramsBroken.add(ref.member);
      calls.push(
        call(
          ref,
          `${ref.member} takes ${arity(fnAfter)} now (${fnAfter.params.join(", ") || "none"}), this call passes ${ref.args}`,
        ),
      );
    }
  }
  for (const name of [...paramsBroken].sort()) removed.push(`arguments of ${name}`);
  // A module instance's input values sit under `inputs`; a UI module widget's props are its own.
  const entity = { kind: instance.entity, name: instance.name };
  const property = (input: string) => (instance.entity === "widget" ? input : `inputs.${input}`);
  const setInputs = Object.entries(instance.inputs).filter(([, value]) => value !== "");
  for (const [input, value] of setInputs) {
    if (change.inputsRemoved.includes(input)) {
      calls.push({ entity, property: property(input), code: value, problem: `input ${input} is removed` });
    }
    if (change.eventsRemoved.includes(input)) {
      calls.push({ entity, property: input, code: value, problem: `event ${input} is removed` });
    }
  }
  for (const retyped of change.inputsRetyped) {
    const value = instance.inputs[retyped.name] ?? "";
    const becameRequired = retyped.after.startsWith("required") && !retyped.before.startsWith("required");
    if (value === "" && !becameRequired) continue;
    removed.push(`input ${retyped.name} (now ${retyped.after})`);
    calls.push({
      entity,
      property: property(retyped.name),
      code: value,
      problem: `input ${retyped.name} is ${retyped.after} now (was ${retyped.before})`,
    });
  }
  return { removed, calls };
}
