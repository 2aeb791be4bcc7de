import type { AppsmithContext, RuntimeModuleInstance, RuntimePage } from "@tessera/engine";
import type { ViewerPackage, ViewerPage } from "@tessera/model";
import { widgetTypeSpecs } from "@tessera/widgets";

/**
 * Turns a page of a deployment (or of a draft, see `viewerPageFromDraft`) into what the engine
 * evaluates: each module instance gets the JS module and query modules of the package version
 * it is pinned to. An instance whose package version or module is missing is left out and
 * reported, so the rest of the page still runs.
 */
export function buildRuntimePage(
  page: ViewerPage,
  packages: ViewerPackage[],
  appsmith: AppsmithContext,
): { page: RuntimePage; problems: string[] } {
  const problems: string[] = [];
  const moduleInstances: RuntimeModuleInstance[] = [];
  for (const instance of page.moduleInstances) {
    const pkg = packages.find((p) => p.packageId === instance.packageId && p.version === instance.version);
    const jsModule = pkg?.jsModules.find((module) => module.name === instance.moduleName);
    if (!pkg || !jsModule) {
      problems.push(`${instance.name}: module ${instance.moduleName} v${instance.version} is not available`);
      continue;
    }
    moduleInstances.push({
      name: instance.name,
      jsModule: { source: jsModule.source, inputs: jsModule.inputs },
      queryModules: pkg.queryModules.map((query) => ({
        name: query.name,
        inputs: query.inputs,
        bindings: query.bindings,
      })),
      runOnPageLoad: instance.runOnPageLoad,
    });
  }
  // The engine finds a List's template by the widgets' parents.
  const nameById = new Map(page.widgets.map((widget) => [widget.id, widget.name]));
  return {
    page: {
      widgets: page.widgets.map((widget) => {
        const parent = widget.parentId === null ? undefined : nameById.get(widget.parentId);
        return { name: widget.name, type: widget.type, props: widget.props, ...(parent ? { parent } : {}) };
      }),
      widgetTypes: widgetTypeSpecs(),
      queries: page.queries.map((query) => ({ ...query })),
      jsObjects: page.jsObjects.map((js) => ({
        name: js.name,
        source: js.source,
        runOnPageLoad: js.runOnPageLoad,
      })),
      moduleInstances,
      appsmith,
    },
    problems,
  };
}
