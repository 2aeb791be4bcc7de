import type { Role } from "@tessera/model";
import { notFound } from "../errors";
import type { OwnedResource } from "../store/repositories/workspaces";
import type { Repositories } from "../store/Store";

/**
 * The route params that name a workspace-owned resource, most specific first. The registry
 * uses this to check membership before a handler runs.
 */
const OWNERS = [
  { param: "datasourceId", resource: "datasource", label: "Datasource" },
  { param: "packageId", resource: "package", label: "Package" },
  { param: "appId", resource: "app", label: "App" },
  { param: "workspaceId", resource: "workspace", label: "Workspace" },
] as const satisfies readonly { param: string; resource: OwnedResource; label: string }[];

/**
 * Finds the workspace that owns the resource named by route params (`appId`, `packageId`,
 * `datasourceId` or `workspaceId`) and the user's role in it (null for a non-member), in one
 * lookup. Throws 404 when the resource does not exist.
 */
export async function workspaceOfResource(
  repos: Repositories,
  params: Record<string, unknown>,
  userId: string,
): Promise<{ workspaceId: string; role: Role | null }> {
  for (const owner of OWNERS) {
    const id = params[owner.param];
    if (typeof id !== "string") continue;
    const membership = await repos.workspaces.findMembership(owner.resource, id, userId);
    if (!membership) throw notFound(owner.label);
    return membership;
  }
  throw new Error("A member route needs a workspaceId, datasourceId, packageId or appId param");
}

/** The label used in the 404 for the resource a route names ("Package not found"). */
export function resourceLabel(params: Record<string, unknown>): string {
  for (const owner of OWNERS) if (typeof params[owner.param] === "string") return owner.label;
  return "Resource";
}
