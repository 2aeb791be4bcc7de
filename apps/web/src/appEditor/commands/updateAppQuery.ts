import type { AppQuery, PageDoc } from "@tessera/model";

/** Changes an app query's config or run-on-load flag (renames go through `renameAppQuery`). */
export function updateAppQuery(
  doc: PageDoc,
  args: { id: string; changes: Partial<Pick<AppQuery, "config" | "runOnPageLoad">> },
): PageDoc {
  if (!doc.queries.some((q) => q.id === args.id)) return doc;
  return { ...doc, queries: doc.queries.map((q) => (q.id === args.id ? { ...q, ...args.changes } : q)) };
}
