import { bindingExpressions } from "@tessera/engine";
import type { PackageVersion, Page, PageDoc, QueryConfig, ViewerPackage, ViewerPage } from "@tessera/model";

/** The `{{ }}` expressions of a stored query config, each once, in reading order. */
export function queryConfigBindings(config: QueryConfig): string[] {
  const texts = [
    config.path,
    ...config.queryParams.flatMap(({ key, value }) => [key, value]),
    ...config.headers.flatMap(({ key, value }) => [key, value]),
    config.body,
  ];
  return [...new Set(texts.flatMap((text) => bindingExpressions(text)))];
}

/**
 * A draft page in the shape a viewer gets from a deployment, so the editor's Preview runs
 * it with the same runtime (queries run with scope "draft").
 */
export function viewerPageFromDraft(page: Page, doc: PageDoc): ViewerPage {
  return {
    id: page.id,
    name: page.name,
    slug: page.slug,
    isHome: page.isHome,
    widgets: doc.widgets,
    queries: doc.queries.map((query) => ({
      name: query.name,
      bindings: queryConfigBindings(query.config),
      runOnPageLoad: query.runOnPageLoad,
    })),
    jsObjects: doc.jsObjects,
    moduleInstances: doc.moduleInstances,
  };
}

/** A published package version reduced to what a page needs, as in a deployment. */
export function viewerPackageFromVersion(version: PackageVersion): ViewerPackage {
  const pkg: ViewerPackage = {
    packageId: version.packageId,
    version: version.version,
    jsModules: [],
    queryModules: [],
  };
  for (const module of version.modules) {
    if (module.kind === "js") pkg.jsModules.push(module);
    else
      pkg.queryModules.push({
        name: module.name,
        inputs: module.inputs,
        bindings: queryConfigBindings(module.config),
      });
  }
  return pkg;
}
