import type { AppQuery, PageDoc } from "@tessera/model";

/**
 * Changes an app query's config, run-on-load flag or kept vault fields (renames go through
 * `renameAppQuery`). `vaultKeep: undefined` drops the field: the query keeps nothing.
 */
export function updateAppQuery(
  doc: PageDoc,
  args: { id: string; changes: Partial<Pick<AppQuery, "config" | "runOnPageLoad" | "vaultKeep">> },
): PageDoc {
  if (!doc.queries.some((q) => q.id === args.id)) return doc;
  const update = (query: AppQuery): AppQuery => {
    const next = { ...query, ...args.changes };
    if ("vaultKeep" in args.changes && next.vaultKeep === undefined) delete next.vaultKeep;
    return next;
  };
  return { ...doc, queries: doc.queries.map((q) => (q.id === args.id ? update(q) : q)) };
}
