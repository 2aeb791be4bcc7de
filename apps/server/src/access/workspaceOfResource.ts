import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";

/**
 * The route params that name a workspace-owned resource, most specific first, with the table
 * holding its `workspace_id`. The registry uses this to check membership before a handler runs.
 */
const OWNERS = [
  { param: "datasourceId", table: "datasources", label: "Datasource" },
  { param: "packageId", table: "packages", label: "Package" },
  { param: "appId", table: "apps", label: "App" },
  { param: "workspaceId", table: "workspaces", label: "Workspace" },
] as const;

/**
 * Finds the workspace that owns the resource named by route params (`appId`, `packageId`,
 * `datasourceId` or `workspaceId`). Throws 404 when the resource does not exist.
 */
export function workspaceOfResource(db: Db, params: Record<string, unknown>): string {
  for (const owner of OWNERS) {
    const id = params[owner.param];
    if (typeof id !== "string") continue;
    const column = owner.table === "workspaces" ? "id" : "workspace_id";
    const row = db.prepare(`SELECT ${column} AS workspaceId FROM ${owner.table} WHERE id = ?`).get(id) as
      | { workspaceId: string }
      | undefined;
    if (!row) throw notFound(owner.label);
    return row.workspaceId;
  }
  throw new Error("A member route needs a workspaceId, datasourceId, packageId or appId param");
}

/** The label used in the 404 for the resource a route names ("Package not found"). */
export function resourceLabel(params: Record<string, unknown>): string {
  for (const owner of OWNERS) if (typeof params[owner.param] === "string") return owner.label;
  return "Resource";
}
