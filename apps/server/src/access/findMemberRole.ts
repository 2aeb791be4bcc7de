import type { Role } from "@tessera/model";
import type { Repositories } from "../store/Store";

/** The user's role in a workspace, or null when not a member. */
export function findMemberRole(
  repos: Repositories,
  userId: string,
  workspaceId: string,
): Promise<Role | null> {
  return repos.workspaces.findRole(workspaceId, userId);
}
