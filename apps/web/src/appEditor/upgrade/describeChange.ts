import type { PackageChangeSummary } from "@tessera/model";

/**
 * The change summary as sentences an author reads before upgrading an instance of
 * `moduleName`: what happens to that module first, then the rest of the package.
 *
 * @example describeChange(summary, "Login") // ["Login: signin changed", "New module audit"]
 */
export function describeChange(summary: PackageChangeSummary, moduleName: string): string[] {
  const lines: string[] = [];
  if (summary.modulesRemoved.includes(moduleName))
    lines.push(`${moduleName} is removed: the instance stops working`);
  const ordered = [...summary.modulesChanged].sort((a, b) =>
    a.name === moduleName ? -1 : b.name === moduleName ? 1 : 0,
  );
  for (const change of ordered) {
    const parts = [
      ...change.functionsRemoved.map((name) => `${name} removed`),
      ...change.functionsAdded.map((name) => `${name} added`),
      ...change.functionsChanged.map((fn) =>
        fn.paramsChanged
          ? `${fn.name}(${fn.paramsBefore.join(", ")}) is now ${fn.name}(${fn.paramsAfter.join(", ")})`
          : `${fn.name} changed`,
      ),
      ...change.inputsRemoved.map((name) => `input ${name} removed`),
      ...change.inputsAdded.map((name) => `input ${name} added`),
      ...change.inputsChanged.map((name) => `input ${name} has a new default`),
      ...change.inputsRetyped.map(
        (input) => `input ${input.name} is now ${input.after} (was ${input.before})`,
      ),
      ...(change.configChanged ? ["request changed"] : []),
      ...(change.otherCodeChanged ? ["other code changed"] : []),
      ...(change.kindChanged ? [`now a ${change.kind} module`] : []),
    ];
    lines.push(`${change.name}: ${parts.join(", ")}`);
  }
  for (const name of summary.modulesAdded) lines.push(`New module ${name}`);
  for (const name of summary.modulesRemoved) if (name !== moduleName) lines.push(`Module ${name} removed`);
  return lines;
}
