import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";
import { renameReferences } from "./renameReferences";

/** The page doc's lists of named entities: everything a binding or JS code can name. */
export type NamedEntities = "widgets" | "queries" | "jsObjects" | "moduleInstances";

/**
 * Renames the entity `args.id` of `doc[list]` and the references to it. A name that is invalid or already used by any
 * entity of the page is refused: the doc comes back unchanged (check `nameProblem` first to tell the author why).
 * Names share one namespace across the lists, hence one rule for all of them.
 */
export function renameEntity(doc: PageDoc, list: NamedEntities, args: { id: string; name: string }): PageDoc {
  const entities: ReadonlyArray<{ id: string; name: string }> = doc[list];
  const entity = entities.find((e) => e.id === args.id);
  if (!entity || entity.name === args.name || nameProblem(doc, args.name, entity.name)) return doc;
  const renamed = {
    ...doc,
    [list]: entities.map((e) => (e.id === args.id ? { ...e, name: args.name } : e)),
  } as PageDoc;
  // Bindings and code that named the entity follow the rename.
  return renameReferences(renamed, entity.name, args.name);
}
