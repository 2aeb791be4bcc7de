import type { App } from "@tessera/model";
import type { AppRow } from "../apps/appRows";

/** An app as the editor sees it. */
export function presentApp(row: AppRow): App {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    slug: row.slug,
    isPublic: row.is_public === 1,
    latestDeployment: row.latest_deployment,
    updatedAt: row.updated_at,
  };
}
