import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { Repositories, Store } from "../store/Store";

/** Creates a workspace with its creator as admin, in one transaction. */
export function workspaceCreator(
  target: Store | Repositories,
  input: { name: string; userId: string },
): Promise<{ id: string; name: string }> {
  const createdAt = new Date().toISOString();
  const workspace = { id: newId(), name: input.name };
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
