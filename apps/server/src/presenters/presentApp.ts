import type { App } from "@tessera/model";
import type { AppRecord } from "../store/repositories/apps";

/** An app as the editor sees it. */
export function presentApp(app: AppRecord): App {
  return {
    id: app.id,
    workspaceId: app.workspaceId,
    name: app.name,
    slug: app.slug,
    isPublic: app.isPublic,
    settings: app.settings,
    latestDeployment: app.latestDeployment,
    updatedAt: app.updatedAt,
  };
}
