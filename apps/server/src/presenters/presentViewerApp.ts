import {
  COMPILED_CODE_VERSION,
  compileSnapshotCode,
  expandUiModules,
  type ViewerApp,
  viewerPackageOf,
  viewerPageOf,
} from "@tessera/model";
import { engineWidgets } from "@tessera/widgets/definitions";
import type { LatestDeployment } from "../store/repositories/deployments";

/** A deployment's compiled code, when it holds it from this compiler version. */
export function currentCompiledCode(snapshot: LatestDeployment["snapshot"]) {
  return snapshot.compiledCode?.version === COMPILED_CODE_VERSION ? snapshot.compiledCode : undefined;
}

/**
 * What a viewer receives from a deployment: widgets, JS objects and JS modules whole, but for
 * each query only its name, runOnPageLoad and the binding expressions to evaluate, and each
 * page's compiled code (made now if the deployment predates it). Query configs (URLs, headers,
 * bodies, datasource ids) never leave the server.
 */
export function presentViewerApp(deployment: LatestDeployment): ViewerApp {
  const { app, snapshot } = deployment;
  const compiled = currentCompiledCode(snapshot) ?? compileSnapshotCode(snapshot, engineWidgets);
  const packages = snapshot.packages.map(viewerPackageOf);
  return {
    appId: app.id,
    name: app.name,
    slug: app.slug,
    deployment: deployment.version,
    deployedAt: deployment.deployedAt,
    settings: app.settings,
    // UI module instances come laid out as plain widgets, JS objects and module instances.
    pages: snapshot.pages.map(
      (page) => expandUiModules(viewerPageOf(page, compiled.pages[page.id]), packages).page,
    ),
    packages,
  };
}
