import { bindingExpressions } from "../bindings/parseSegments";
import type { RuntimePage } from "../runtime/types";
import { type CompiledCode, type EntryGuard, jsObjectKey } from "./CompiledCode";
import { analyzeExpression, analyzeHandler, analyzeJsObject } from "./parsingCodeSource";

/** The code of a page as the runtime reads it. */
export type PageCode = Pick<RuntimePage, "widgets" | "queries" | "jsObjects" | "moduleInstances">;

/** Widget props the runtime treats as event handlers (every widget event is named `onX`). */
const eventProp = /^on[A-Z]/;

/**
 * Analyses every piece of code a page runs, the way the runtime will ask for it: the bindings
 * of widget props, query and module bindings and input defaults, event handlers, JS objects
 * and module instances' JS. Done at deploy, so the viewer runs the page without a parser.
 *
 * @example compilePageCode(page).expressions["Input1.text"] // { paths: ["Input1.text"], names: ["Input1"], body: "Input1.text" }
 */
export function compilePageCode(page: PageCode): CompiledCode {
  const compiled: CompiledCode = { expressions: {}, handlers: {}, jsObjects: {} };
  const expression = (text: string) => {
    if (!Object.hasOwn(compiled.expressions, text)) compiled.expressions[text] = analyzeExpression(text);
  };
  const bindingsOf = (raw: unknown) => {
    if (typeof raw === "string" && raw.includes("{{"))
      for (const text of bindingExpressions(raw)) expression(text);
  };
  const jsObject = (name: string, source: string) => {
    compiled.jsObjects[jsObjectKey(name, source)] = analyzeJsObject(name, source);
  };
  for (const widget of page.widgets) {
    for (const [prop, raw] of Object.entries(widget.props)) {
      if (eventProp.test(prop)) {
        if (typeof raw === "string" && raw.trim() !== "" && !Object.hasOwn(compiled.handlers, raw))
          compiled.handlers[raw] = analyzeHandler(raw);
      } else bindingsOf(raw);
    }
  }
  for (const query of page.queries) for (const text of query.bindings) expression(text);
  for (const js of page.jsObjects) jsObject(js.name, js.source);
  for (const instance of page.moduleInstances) {
    for (const value of Object.values(instance.inputValues ?? {})) bindingsOf(value);
    const queryModules = "queryModule" in instance ? [instance.queryModule] : instance.queryModules;
    for (const queryModule of queryModules) {
      for (const input of queryModule.inputs) bindingsOf(input.defaultValue);
      for (const text of queryModule.bindings) expression(text);
    }
    if ("jsModule" in instance) {
      for (const input of instance.jsModule.inputs) bindingsOf(input.defaultValue);
      jsObject(instance.name, instance.jsModule.source);
    }
  }
  const guard = entryGuardOf(page, compiled);
  if (guard) compiled.entryGuard = guard;
  return compiled;
}

/** The page's entry guard: its one on-load action, when that is a function opening with one. */
function entryGuardOf(page: PageCode, compiled: CompiledCode): EntryGuard | undefined {
  if (page.queries.some((query) => query.runOnPageLoad)) return undefined;
  if (page.moduleInstances.some((instance) => "queryModule" in instance && instance.runOnPageLoad?.length))
    return undefined;
  const owners = [
    ...page.jsObjects.map((js) => ({ name: js.name, source: js.source, onLoad: js.runOnPageLoad ?? [] })),
    ...page.moduleInstances.flatMap((instance) =>
      "jsModule" in instance
        ? [{ name: instance.name, source: instance.jsModule.source, onLoad: instance.runOnPageLoad ?? [] }]
        : [],
    ),
  ];
  const onLoad = owners.flatMap((owner) => owner.onLoad.map((fn) => ({ owner, fn })));
  if (onLoad.length !== 1) return undefined;
  const { owner, fn } = onLoad[0];
  const code = compiled.jsObjects[jsObjectKey(owner.name, owner.source)];
  if (!code || "error" in code) return undefined;
  return code.functions.find((member) => member.name === fn)?.guard;
}
