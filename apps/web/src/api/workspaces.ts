import { queryOptions } from "@tanstack/react-query";
import type { Workspace } from "@tessera/model";
import { apiFetch } from "./client";

/** The workspaces the signed-in user belongs to, with their role in each. */
export const workspacesQueryOptions = () =>
  queryOptions({
    queryKey: ["workspaces"],
    queryFn: async () => (await apiFetch<{ workspaces: Workspace[] }>("/api/v1/workspaces")).workspaces,
  });

export async function createWorkspace(name: string): Promise<Workspace> {
  const { workspace } = await apiFetch<{ workspace: Workspace }>("/api/v1/workspaces", {
    method: "POST",
    body: { name },
  });
  return workspace;
}

export async function renameWorkspace(workspaceId: string, name: string): Promise<void> {
  await apiFetch(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}`, {
    method: "PATCH",
    body: { name },
  });
}

export async function deleteWorkspace(workspaceId: string): Promise<void> {
  await apiFetch(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}`, { method: "DELETE" });
}
