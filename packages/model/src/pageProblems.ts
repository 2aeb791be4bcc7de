import { type CodeProblem, codeProblems } from "./codeProblems";
import { itemLocalsOf, withLocalEntities } from "./itemLocals";
import type { PageDoc } from "./page";
import { type PageEntities, type PageEntitiesContext, pageEntities } from "./pageEntities";
import { queryBindingProblems } from "./queryBindingProblems";
import { queryConfigBindings } from "./queryKinds";

/** A problem in one property of one entity of a page. */
export interface PageProblem extends CodeProblem {
  /** The widget or query that holds the code: `Button1`. */
  entity: string;
  /** Its property: `onClick`, or `config` for a query's bindings. */
  prop: string;
}

/**
 * Every reference problem of a page's widget properties, event handlers and query bindings,
 * found without running anything: what the editor marks as it is typed and what a deploy
 * warns about. Pass `entities` when already computed for the same page.
 *
 * @example pageProblems(doc, { packages, widgetTypes })
 * // [{ entity: "Button1", prop: "onClick", message: 'Login1 has no function "sigin"; ...' }]
 */
export function pageProblems(
  doc: PageDoc,
  context: PageEntitiesContext,
  entities: PageEntities = pageEntities(doc, context),
): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const widget of doc.widgets) {
    const events = new Set(context.widgetTypes[widget.type]?.events ?? []);
    for (const [prop, value] of Object.entries(widget.props)) {
      if (typeof value !== "string") continue;
      const isEvent = events.has(prop);
      if (!isEvent && !value.includes("{{")) continue;
      const seen = withLocalEntities(entities, itemLocalsOf(doc, widget, isEvent, context.widgetTypes));
      for (const problem of codeProblems(value, isEvent ? "event" : "binding", seen))
        problems.push({ entity: widget.name, prop, ...problem });
    }
  }
  for (const query of doc.queries) {
    for (const expression of queryConfigBindings(query.config)) {
      for (const problem of queryBindingProblems(expression, entities, context.vaultKeys))
        problems.push({ entity: query.name, prop: "config", ...problem });
    }
  }
  return problems;
}
