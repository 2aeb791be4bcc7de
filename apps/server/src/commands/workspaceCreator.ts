import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";

/** Creates a workspace with its creator as admin, in one transaction. */
export function workspaceCreator(
  db: Db,
  input: { name: string; userId: string },
): { id: string; name: string } {
  return db.transaction(() => {
    const now = new Date().toISOString();
    const workspace = { id: newId(), name: input.name };
    db.prepare("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)").run(
      workspace.id,
      workspace.name,
      now,
      now,
    );
    db.prepare("INSERT INTO members (workspace_id, user_id, role, created_at) VALUES (?, ?, 'admin', ?)").run(
      workspace.id,
      input.userId,
      now,
    );
    return workspace;
  })();
}
