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
      ...(page.compiled ? { compiled: page.compiled } : {}),
    },
    problems,
  };
}
