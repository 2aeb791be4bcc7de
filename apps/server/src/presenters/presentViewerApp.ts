import type { JsModule, ViewerApp } from "@tessera/model";
import { queryBindings } from "../deployments/queryBindings";
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
    pages: snapshot.pages.map((page) => ({
      id: page.id,
      name: page.name,
      slug: page.slug,
      isHome: page.isHome,
      widgets: page.widgets,
      queries: page.queries.map((q) => ({
        name: q.name,
        runOnPageLoad: q.runOnPageLoad,
        bindings: queryBindings(q.config),
      })),
      jsObjects: page.jsObjects,
      moduleInstances: page.moduleInstances,
    })),
    packages: snapshot.packages.map((p) => ({
      packageId: p.packageId,
      version: p.version,
      jsModules: p.modules.filter((m): m is JsModule => m.kind === "js"),
      queryModules: p.modules.flatMap((m) =>
        m.kind === "query" ? [{ name: m.name, inputs: m.inputs, bindings: queryBindings(m.config) }] : [],
      ),
    })),
  };
}
