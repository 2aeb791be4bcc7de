import { z } from "zod";
import type { DeploymentSnapshot } from "./deployment";

type DeployedPage = DeploymentSnapshot["pages"][number];

/** Names added, removed and changed between two lists of things that have an id. */
export const namedChangesSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});
export type NamedChanges = z.infer<typeof namedChangesSchema>;

/** A module instance whose pinned package version differs (null: the instance is new or gone). */
export const moduleVersionChangeSchema = z.object({
  page: z.string(),
  instance: z.string(),
  moduleName: z.string(),
  from: z.number().nullable(),
  to: z.number().nullable(),
});
export type ModuleVersionChange = z.infer<typeof moduleVersionChangeSchema>;

/**
 * What the next deploy changes for visitors. Queries are named `Page.query`; a renamed page or
 * query counts as changed under its new name.
 */
export const deploymentChangesSchema = z.object({
  /** Nothing was deployed yet: everything is new. */
  firstDeployment: z.boolean(),
  pages: namedChangesSchema,
  queries: namedChangesSchema,
  moduleVersions: z.array(moduleVersionChangeSchema),
});
export type DeploymentChanges = z.infer<typeof deploymentChangesSchema>;

/**
 * Compares the pages about to be deployed with the latest deployment's (null when there is
 * none). Pages, queries and module instances are matched by id, so renames are changes, not
 * an add and a remove.
 *
 * @example deploymentChanges(latest?.snapshot.pages ?? null, drafts.map(snapshotPage))
 */
export function deploymentChanges(
  deployed: readonly DeployedPage[] | null,
  next: readonly DeployedPage[],
): DeploymentChanges {
  const before = deployed ?? [];
  const pages = namedChanges(before, next, (page) => page.name, sameJson);
  const queries: NamedChanges = { added: [], removed: [], changed: [] };
  const moduleVersions: ModuleVersionChange[] = [];
  const beforeById = new Map(before.map((page) => [page.id, page]));
  const nextIds = new Set(next.map((page) => page.id));
  const pairs: [DeployedPage | undefined, DeployedPage | undefined][] = [
    ...next.map((page): [DeployedPage | undefined, DeployedPage] => [beforeById.get(page.id), page]),
    ...before
      .filter((page) => !nextIds.has(page.id))
      .map((page): [DeployedPage, undefined] => [page, undefined]),
  ];
  for (const [old, now] of pairs) {
    const pageName = (now ?? old)?.name ?? "";
    const pageQueries = namedChanges(
      old?.queries ?? [],
      now?.queries ?? [],
      (query) => `${pageName}.${query.name}`,
      sameJson,
    );
    queries.added.push(...pageQueries.added);
    queries.removed.push(...pageQueries.removed);
    queries.changed.push(...pageQueries.changed);
    const oldInstances = new Map((old?.moduleInstances ?? []).map((m) => [m.id, m]));
    const nowInstances = new Map((now?.moduleInstances ?? []).map((m) => [m.id, m]));
    for (const id of new Set([...oldInstances.keys(), ...nowInstances.keys()])) {
      const a = oldInstances.get(id);
      const b = nowInstances.get(id);
      const instance = b ?? a;
      if (!instance || (a && b && a.packageId === b.packageId && a.version === b.version)) continue;
      moduleVersions.push({
        page: pageName,
        instance: instance.name,
        moduleName: instance.moduleName,
        from: a?.version ?? null,
        to: b?.version ?? null,
      });
    }
  }
  return { firstDeployment: deployed === null, pages, queries, moduleVersions };
}

/** Whether a deploy would change anything a visitor sees. */
export function hasDeploymentChanges(changes: DeploymentChanges): boolean {
  const { pages, queries } = changes;
  return (
    changes.firstDeployment ||
    [pages, queries].some((c) => c.added.length + c.removed.length + c.changed.length > 0) ||
    changes.moduleVersions.length > 0
  );
}

function namedChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  nameOf: (item: T) => string,
  same: (a: T, b: T) => boolean,
): NamedChanges {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const changes: NamedChanges = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) changes.added.push(nameOf(item));
    else if (!same(old, item)) changes.changed.push(nameOf(item));
  }
  for (const item of before) if (!afterIds.has(item.id)) changes.removed.push(nameOf(item));
  return changes;
}

/** Deep equality of JSON values, whatever the key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord).filter((key) => aRecord[key] !== undefined);
  if (keys.length !== Object.keys(bRecord).filter((key) => bRecord[key] !== undefined).length) return false;
  return keys.every((key) => sameJson(aRecord[key], bRecord[key]));
}
