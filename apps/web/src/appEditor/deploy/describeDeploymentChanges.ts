import type { DeploymentChanges, NamedChanges } from "@tessera/model";

/**
 * The change summary of the deploy dialog as sentences, one per kind of change, e.g.
 * "Pages changed: LoginPage" or "Login1 on LoginPage: v1 → v2". Empty when nothing changes.
 */
export function describeDeploymentChanges(changes: DeploymentChanges): string[] {
  const lines = [
    ...named("Pages", changes.pages),
    ...named("Queries", changes.queries),
    ...changes.moduleVersions.map((m) =>
      m.from === null
        ? `${m.instance} on ${m.page}: new, ${m.moduleName} v${m.to}`
        : m.to === null
          ? `${m.instance} on ${m.page}: removed (was v${m.from})`
          : `${m.instance} on ${m.page}: v${m.from} → v${m.to}`,
    ),
  ];
  return lines;
}

function named(label: string, changes: NamedChanges): string[] {
  return (["added", "removed", "changed"] as const)
    .filter((kind) => changes[kind].length > 0)
    .map((kind) => `${label} ${kind}: ${changes[kind].join(", ")}`);
}
