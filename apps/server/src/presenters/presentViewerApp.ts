import { type ViewerApp, viewerPackageOf, viewerPageOf } from "@tessera/model";
import type { LatestDeployment } from "../store/repositories/deployments";

/**
 * What a viewer receives from a deployment: widgets, JS objects and JS modules whole, but for
 * each query only its name, runOnPageLoad and the binding expressions to evaluate. Query
 * configs (URLs, headers, bodies, datasource ids) never leave the server.
 */
export function presentViewerApp(deployment: LatestDeployment): ViewerApp {
  const { app, snapshot } = deployment;
  return {
    appId: app.id,
    name: app.name,
    slug: app.slug,
    deployment: deployment.version,
    deployedAt: deployment.deployedAt,
    settings: app.settings,
    pages: snapshot.pages.map(viewerPageOf),
    packages: snapshot.packages.map(viewerPackageOf),
  };
}
