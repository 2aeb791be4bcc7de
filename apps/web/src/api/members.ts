import { queryOptions } from "@tanstack/react-query";
import type { Member, Role } from "@tessera/model";
import { apiFetch } from "./client";

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/members`;

/** The members of a workspace with their role and when they joined (any member may read it). */
export const membersQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: ["workspaces", workspaceId, "members"],
    queryFn: async ({ signal }) =>
      (await apiFetch<{ members: Member[] }>(base(workspaceId), { signal })).members,
  });

/** Gives a member another role; 409 `last_admin` when that would leave the workspace without one. */
export async function changeMemberRole(workspaceId: string, userId: string, role: Role): Promise<Member> {
  const { member } = await apiFetch<{ member: Member }>(
    `${base(workspaceId)}/${encodeURIComponent(userId)}`,
    {
      method: "PATCH",
      body: { role },
    },
  );
  return member;
}

/** Removes a member: their access ends with their next request. 409 `last_admin` for the last admin. */
export async function removeMember(workspaceId: string, userId: string): Promise<void> {
  await apiFetch(`${base(workspaceId)}/${encodeURIComponent(userId)}`, { method: "DELETE" });
}
