import { bindingExpressions } from "@tessera/engine";
import type { PageDoc } from "./page";
import { queryConfigBindings } from "./queryKinds";

/** A piece of code written in a page, and where. */
export interface PageCodeText {
  entity: { kind: "widget" | "query" | "jsObject" | "moduleInstance"; name: string };
  /** `onClick`, `columns.0.label`, `source`, `config`, `inputs.email`. */
  property: string;
  /** A `{{ }}` expression, or the whole source of a JS object. */
  code: string;
  /** True for a JS object's source (`export default { ... }`), read as a module. */
  isModule: boolean;
}

/**
 * Every piece of code in a page: the `{{ }}` expressions of widget properties (event handlers
 * included) at any depth, of app query configs and of module instance input values, and each
 * JS object's source. What the server reads to find the calls a publish would break.
 *
 * @example pageCodeTexts(doc).filter((text) => text.code.includes("Login1."))
 */
export function pageCodeTexts(
  doc: Pick<PageDoc, "widgets" | "queries" | "jsObjects" | "moduleInstances">,
): PageCodeText[] {
  const texts: PageCodeText[] = [];
  const expressionsOf = (entity: PageCodeText["entity"], property: string, value: string) => {
    for (const code of bindingExpressions(value)) texts.push({ entity, property, code, isModule: false });
  };
  const walk = (entity: PageCodeText["entity"], property: string, value: unknown) => {
    if (typeof value === "string") expressionsOf(entity, property, value);
    else if (typeof value === "object" && value !== null)
      for (const [key, item] of Object.entries(value)) walk(entity, `${property}.${key}`, item);
  };
  for (const widget of doc.widgets) {
    const entity = { kind: "widget", name: widget.name } as const;
    for (const [prop, value] of Object.entries(widget.props)) walk(entity, prop, value);
  }
  for (const query of doc.queries) {
    const entity = { kind: "query", name: query.name } as const;
    for (const code of queryConfigBindings(query.config))
      texts.push({ entity, property: "config", code, isModule: false });
  }
  for (const js of doc.jsObjects)
    texts.push({
      entity: { kind: "jsObject", name: js.name },
      property: "source",
      code: js.source,
      isModule: true,
    });
  for (const instance of doc.moduleInstances) {
    const entity = { kind: "moduleInstance", name: instance.name } as const;
    for (const [input, value] of Object.entries(instance.inputs))
      expressionsOf(entity, `inputs.${input}`, value);
  }
  return texts;
}
