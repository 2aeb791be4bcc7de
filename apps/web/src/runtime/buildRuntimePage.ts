import type { AppsmithContext, RuntimePage } from "@tessera/engine";
import { moduleInstancesOf, type ViewerPackage, type ViewerPage } from "@tessera/model";
import { engineWidgetProps, getWidgetDefinition, widgetTypeSpecs } from "@tessera/widgets";

/**
 * Turns a page of a deployment (or of a draft, see `viewerPageFromDraft`) into what the engine
 * evaluates: each module instance gets the JS module and query modules of the package version
 * it is pinned to (`moduleInstancesOf`: one missing is left out and reported, so the rest of
 * the page still runs), and a deployed page its code compiled at deploy.
 */
export function buildRuntimePage(
  page: ViewerPage,
  packages: ViewerPackage[],
  appsmith: AppsmithContext,
): { page: RuntimePage; problems: string[] } {
  const { instances: moduleInstances, problems } = moduleInstancesOf(page, packages);
  // The engine finds a List's template by the widgets' parents.
  const nameById = new Map(page.widgets.map((widget) => [widget.id, widget.name]));
  return {
    page: {
      widgets: page.widgets.map((widget) => {
        const parent = widget.parentId === null ? undefined : nameById.get(widget.parentId);
        const props = engineWidgetProps(getWidgetDefinition(widget.type), widget.name, widget.props);
        return { name: widget.name, type: widget.type, props, ...(parent ? { parent } : {}) };
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
      ...(page.compiled ? { compiled: page.compiled } : {}),
    },
    problems,
  };
}
