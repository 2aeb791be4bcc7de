import type { PackageChangeSummary } from "@tessera/model";

/**
 * What an instance of `moduleName` would lose with a change: the module itself, or its
 * functions and inputs that the change removes. Empty when the instance keeps working.
 *
 * @example instanceBreakage(summary, "Login") // ["function signin", "input email"]
 */
export function instanceBreakage(summary: PackageChangeSummary, moduleName: string): string[] {
  if (summary.modulesRemoved.includes(moduleName)) return [`module ${moduleName}`];
  const change = summary.modulesChanged.find((m) => m.name === moduleName);
  if (!change) return [];
  return [
    ...(change.kindChanged ? [`module ${moduleName} (now a ${change.kind} module)`] : []),
    ...change.functionsRemoved.map((name) => `function ${name}`),
    ...change.inputsRemoved.map((name) => `input ${name}`),
    ...change.outputsRemoved.map((name) => `output ${name}`),
    ...change.eventsRemoved.map((name) => `event ${name}`),
  ];
}
