import type { PageDoc } from "@tessera/model";

/** Deletes an app query. Bindings that named it then show an unknown-reference error. */
export function deleteAppQuery(doc: PageDoc, args: { id: string }): PageDoc {
  const queries = doc.queries.filter((q) => q.id !== args.id);
  return queries.length === doc.queries.length ? doc : { ...doc, queries };
}
