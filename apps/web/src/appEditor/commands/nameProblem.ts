import { identifierSchema, type PageDoc } from "@tessera/model";
import { isNameFree } from "./entityNames";

/**
 * Why `name` cannot be given to an entity of the page, or null when it can. `current` is the
 * entity's present name, which it may keep.
 */
export function nameProblem(doc: PageDoc, name: string, current?: string): string | null {
  if (name === current) return null;
  const parsed = identifierSchema.safeParse(name);
  if (!parsed.success) return `Name ${parsed.error.issues[0]?.message ?? "is invalid"}`;
  if (!isNameFree(doc, name)) return `${name} is already used on this page`;
  return null;
}
