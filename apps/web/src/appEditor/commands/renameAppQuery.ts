import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";
import { renameReferences } from "./renameReferences";

/** Renames an app query; an invalid or duplicate name leaves the doc unchanged. */
export function renameAppQuery(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  const query = doc.queries.find((q) => q.id === args.id);
  if (!query || query.name === args.name || nameProblem(doc, args.name, query.name)) return doc;
  const renamed = {
    ...doc,
    queries: doc.queries.map((q) => (q.id === args.id ? { ...q, name: args.name } : q)),
  };
  // Bindings and code that named the entity follow the rename.
  return renameReferences(renamed, query.name, args.name);
}
