import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { inTransaction } from "../store/inTransaction";
import type { Repositories, Store } from "../store/Store";

/** Creates a workspace with its creator as admin, in one transaction. */
export function workspaceCreator(
  repos: Store | Repositories,
  input: { name: string; userId: string },
): Promise<{ id: string; name: string }>;
/** The same on the bare SQLite handle, for the demo seed and the tests that still write through it. */
export function workspaceCreator(
  db: Db,
  input: { name: string; userId: string },
): { id: string; name: string };
export function workspaceCreator(
  target: Store | Repositories | Db,
  input: { name: string; userId: string },
): { id: string; name: string } | Promise<{ id: string; name: string }> {
  const createdAt = new Date().toISOString();
  const workspace = { id: newId(), name: input.name };
  if ("prepare" in target) {
    return target.transaction(() => {
      target
        .prepare("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
        .run(workspace.id, workspace.name, createdAt, createdAt);
      target
        .prepare("INSERT INTO members (workspace_id, user_id, role, created_at) VALUES (?, ?, 'admin', ?)")
        .run(workspace.id, input.userId, createdAt);
      return workspace;
    })();
  }
  return inTransaction(target, async (tx) => {
    await tx.workspaces.insert({ ...workspace, createdAt });
    await tx.workspaces.addMember({
      workspaceId: workspace.id,
      userId: input.userId,
      role: "admin",
      createdAt,
    });
    return workspace;
  });
}
