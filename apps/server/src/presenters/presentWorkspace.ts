import type { Role, Workspace } from "@tessera/model";

/** A workspace as its member sees it, with the member's role. */
export function presentWorkspace(row: { id: string; name: string }, role: Role): Workspace {
  return { id: row.id, name: row.name, role };
}
