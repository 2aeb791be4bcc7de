import type { CompiledCode } from "@tessera/engine";
import type { ViewerPage } from "./deployment";
import type { PageDoc } from "./page";
import { browserBindings } from "./queryKinds";

/** A page with its document, as a deployment snapshot stores it or the editor holds a draft. */
export type PageWithDoc = { id: string; name: string; slug: string; isHome: boolean } & Pick<
  PageDoc,
  "widgets" | "queries" | "jsObjects" | "moduleInstances"
>;

/**
 * A page as a viewer receives it: widgets, JS objects and module instances whole, each query
 * reduced to its name, runOnPageLoad and binding expressions, with its code compiled at
 * deploy when given. Query configs stay on the server.
 */
export function viewerPageOf(page: PageWithDoc, compiled?: CompiledCode): ViewerPage {
  return {
    id: page.id,
    name: page.name,
    slug: page.slug,
    isHome: page.isHome,
    widgets: page.widgets,
    queries: page.queries.map((query) => ({
      name: query.name,
      runOnPageLoad: query.runOnPageLoad,
      bindings: browserBindings(query.config),
    })),
    jsObjects: page.jsObjects,
    moduleInstances: page.moduleInstances,
    ...(compiled ? { compiled } : {}),
  };
}
