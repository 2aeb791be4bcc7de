import type { AppsmithContext, RuntimeModuleInstance, RuntimePage } from "@tessera/engine";
import type { ViewerPackage, ViewerPage } from "@tessera/model";
import { widgetTypeSpecs } from "@tessera/widgets";

/**
 * Turns a page of a deployment (or of a draft, see `viewerPageFromDraft`) into what the engine
 * evaluates: each module instance gets the module of the package version it is pinned to (a JS
 * module with the package's query modules, or a query module of its own) and its input values. An instance whose package version or module is missing is left out and
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
    const queryModule = pkg?.queryModules.find((module) => module.name === instance.moduleName);
    if (pkg && jsModule) {
      moduleInstances.push({
        name: instance.name,
        jsModule: { source: jsModule.source, inputs: jsModule.inputs },
        queryModules: pkg.queryModules.map((query) => ({
          name: query.name,
          inputs: query.inputs,
          bindings: query.bindings,
        })),
        inputValues: instance.inputs,
        runOnPageLoad: instance.runOnPageLoad,
      });
    } else if (queryModule) {
      moduleInstances.push({
        name: instance.name,
        queryModule: { name: queryModule.name, inputs: queryModule.inputs, bindings: queryModule.bindings },
        inputValues: instance.inputs,
        runOnPageLoad: instance.runOnPageLoad,
        confirmBeforeRun: instance.confirmBeforeRun,
      });
    } else {
      problems.push(`${instance.name}: module ${instance.moduleName} v${instance.version} is not available`);
    }
  }
  return {
    page: {
      widgets: page.widgets.map((widget) => ({ name: widget.name, type: widget.type, props: widget.props })),
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
