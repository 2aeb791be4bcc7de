import type { AppsmithContext, RuntimeModuleInstance, RuntimePage } from "@tessera/engine";
import type { ViewerPackage, ViewerPage } from "@tessera/model";
import { engineWidgetProps, getWidgetDefinition, widgetTypeSpecs } from "@tessera/widgets";

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
  return {
    page: {
      widgets: page.widgets.map((widget) => ({
        name: widget.name,
        type: widget.type,
        props: engineWidgetProps(getWidgetDefinition(widget.type), widget.name, widget.props),
      })),
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
