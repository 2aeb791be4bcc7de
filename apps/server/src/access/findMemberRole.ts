import type { Role } from "@tessera/model";
import type { Db } from "../db/openDatabase";

/** The user's role in a workspace, or null when not a member. */
export function findMemberRole(db: Db, userId: string, workspaceId: string): Role | null {
  const row = db
    .prepare("SELECT role FROM members WHERE workspace_id = ? AND user_id = ?")
    .get(workspaceId, userId) as { role: Role } | undefined;
  return row?.role ?? null;
}
