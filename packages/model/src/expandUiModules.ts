import {
  parseSegments,
  staticInputValue,
  UI_MODULE_PROPS_FUNCTION,
  type UiModulePropType,
} from "@tessera/engine";
import type { ViewerPackage } from "./deployment";
import type { UiModule } from "./module";
import type { JsObject, ModuleInstance, Widget } from "./page";
import { renameNamesInBindings } from "./renameCode";
import { UI_MODULE_WIDGET_TYPE } from "./uiModuleWidgetType";

/** Joins an instance's name and an inner name: `LoginForm1__Input1`. */
export const UI_MODULE_SEPARATOR = "__";

/** The JS object holding an instance's event handlers: `LoginForm1__events.emit("onSignedIn")`. */
const EVENTS_OBJECT = "events";

type ExpandablePage = { widgets: Widget[]; jsObjects: JsObject[]; moduleInstances: ModuleInstance[] };

/** The UI module a `UiModule` widget is pinned to, if its package version holds it. */
export function uiModuleOf(widget: Widget, packages: readonly ViewerPackage[]): UiModule | undefined {
  if (!widget.module) return undefined;
  const { packageId, version, moduleName } = widget.module;
  return packages
    .find((p) => p.packageId === packageId && p.version === version)
    ?.uiModules.find((m) => m.name === moduleName);
}

/**
 * A page with each UI module instance laid out as plain entities the engine and the viewer
 * already know, so neither needs anything of its own for UI modules. For `LoginForm1`:
 * - its widgets, named `LoginForm1__Input1`, sit inside the `LoginForm1` widget (a container);
 * - `LoginForm1` itself carries `props` (the app's prop values over the module's defaults, as
 *   one object checked against the module's typed inputs) and one prop per output (`LoginForm1.email`), which the app reads;
 * - the package modules its code calls (`Login.signin(...)`) are module instances of the same
 *   pinned version (`LoginForm1__Login`);
 * - `emit("onSignedIn")` runs the app's handler through the JS object `LoginForm1__events`.
 * Inside the module's code `props` reads the instance's props. Pure and deterministic, so code
 * compiled at deploy from an expanded page matches the page the viewer expands.
 */
export function expandUiModules<P extends ExpandablePage>(
  page: P,
  packages: readonly ViewerPackage[],
): { page: P; problems: string[] } {
  if (!page.widgets.some((w) => w.type === UI_MODULE_WIDGET_TYPE)) return { page, problems: [] };
  const widgets: Widget[] = [];
  const jsObjects = [...page.jsObjects];
  const moduleInstances = [...page.moduleInstances];
  const problems: string[] = [];
  for (const widget of page.widgets) {
    if (widget.type !== UI_MODULE_WIDGET_TYPE) {
      widgets.push(widget);
      continue;
    }
    const module = uiModuleOf(widget, packages);
    // Expanded already (the widget keeps no pin then): the viewer's pages come expanded.
    if (!widget.module) {
      widgets.push(widget);
      continue;
    }
    if (!module) {
      problems.push(
        `${widget.name}: UI module ${widget.module.moduleName} v${widget.module.version} is not available`,
      );
      widgets.push(widget);
      continue;
    }
    const pin = widget.module;
    const pkg = packages.find(
      (p) => p.packageId === pin.packageId && p.version === pin.version,
    ) as ViewerPackage;
    const expanded = expandInstance(widget, module, pkg);
    widgets.push(expanded.widget, ...expanded.inner);
    jsObjects.push(expanded.events);
    moduleInstances.push(...expanded.instances);
  }
  return { page: { ...page, widgets, jsObjects, moduleInstances }, problems };
}

function expandInstance(
  widget: Widget,
  module: UiModule,
  pkg: ViewerPackage,
): { widget: Widget; inner: Widget[]; events: JsObject; instances: ModuleInstance[] } {
  const prefix = `${widget.name}${UI_MODULE_SEPARATOR}`;
  const innerCode = module.widgets
    .flatMap((w) => codeTexts(w.props))
    .concat(module.outputs.map((o) => o.value));
  const usesName = (name: string) => innerCode.some((text) => new RegExp(`\\b${name}\\b`).test(text));
  const packageModules = [...pkg.jsModules.map((m) => m.name), ...pkg.queryModules.map((m) => m.name)].filter(
    usesName,
  );

  const names = new Map<string, string>();
  for (const inner of module.widgets) names.set(inner.name, prefix + inner.name);
  for (const name of packageModules) names.set(name, prefix + name);
  names.set("props", `${widget.name}.props`);
  names.set("emit", `${prefix}${EVENTS_OBJECT}.emit`);

  // Ids by position, so they stay short (an id holds at most 64 characters) and unique.
  const innerIndex = new Map(module.widgets.map((w, index) => [w.id, index]));
  const idOf = (part: string) => `${widget.id}:${part}`;
  const widgetIdOf = (innerId: string) => idOf(`w${innerIndex.get(innerId) ?? innerId}`);
  const inner = module.widgets.map((w) => ({
    ...w,
    id: widgetIdOf(w.id),
    name: prefix + w.name,
    parentId: w.parentId === null ? widget.id : widgetIdOf(w.parentId),
    props: renameDeep(w.props, names) as Record<string, unknown>,
  }));

  const props: Record<string, unknown> = { props: propsBinding(widget, module, names) };
  for (const output of module.outputs) props[output.name] = renameNamesInBindings(output.value, names);
  if (widget.props.isVisible !== undefined) props.isVisible = widget.props.isVisible;

  const cases = module.events.flatMap((event) => {
    const handler = widget.props[event.name];
    const code = typeof handler === "string" ? handlerCode(handler) : "";
    return code
      ? [`      case ${JSON.stringify(event.name)}: {\n        ${code};\n        return;\n      }`]
      : [];
  });
  const events: JsObject = {
    id: idOf(EVENTS_OBJECT),
    name: prefix + EVENTS_OBJECT,
    source: `export default {\n  emit(name) {\n    switch (name) {\n${cases.join("\n")}\n    }\n  },\n};\n`,
    runOnPageLoad: [],
  };
  const instances: ModuleInstance[] = packageModules.map((name, index) => ({
    id: idOf(`m${index}`),
    name: prefix + name,
    packageId: pkg.packageId,
    moduleName: name,
    version: pkg.version,
    runOnPageLoad: [],
    inputs: {},
    confirmBeforeRun: false,
  }));
  const { module: _pin, ...unpinned } = widget;
  return { widget: { ...unpinned, props }, inner, events, instances };
}

/**
 * `{{ uiModuleProps("LoginForm1", { "email": ..., "title": ... }, [types]) }}`: each prop's
 * value as the app sets it (code of the app, static text by the prop's type) or else the
 * module's default (code of the module), checked by the engine against the module's inputs when
 * evaluated, so a wrong type or a missing required prop is the instance's binding error.
 */
function propsBinding(widget: Widget, module: UiModule, names: ReadonlyMap<string, string>): string {
  const entries = module.inputs.map((input) => {
    const set = widget.props[input.name];
    const fromApp = typeof set === "string" && set !== "";
    const text = fromApp ? (set as string) : input.defaultValue;
    const value = valueCode(fromApp ? text : renameNamesInBindings(text, names), input.type);
    return `${JSON.stringify(input.name)}: ${value}`;
  });
  const types: UiModulePropType[] = module.inputs.map(({ name, type, required }) => ({
    name,
    type,
    required,
  }));
  return `{{ ${UI_MODULE_PROPS_FUNCTION}(${JSON.stringify(widget.name)}, { ${entries.join(", ")} }, ${JSON.stringify(types)}) }}`;
}

/** A prop value text as code: `{{ x }}` is `(x)`, mixed text a concatenation, static text a literal. */
function valueCode(text: string, type: UiModule["inputs"][number]["type"]): string {
  const segments = parseSegments(text);
  if (!segments.some((s) => s.kind !== "text")) {
    const value = staticInputValue(text, type);
    return value === undefined ? "undefined" : JSON.stringify(value);
  }
  const [only] = segments;
  if (segments.length === 1 && only.kind === "binding") return `(${only.expression})`;
  const parts = segments.map((s) => (s.kind === "text" ? JSON.stringify(s.text) : `String(${s.expression})`));
  return `(${parts.join(" + ")})`;
}

/** The code of a handler `{{ a(); b() }}`, without its braces. */
function handlerCode(handler: string): string {
  return parseSegments(handler)
    .flatMap((s) => (s.kind === "text" ? [] : [s.expression.trim()]))
    .filter((code) => code !== "")
    .join(";\n        ");
}

function codeTexts(value: unknown): string[] {
  if (typeof value === "string") return value.includes("{{") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(codeTexts);
  if (value && typeof value === "object") return Object.values(value).flatMap(codeTexts);
  return [];
}

function renameDeep(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return renameNamesInBindings(value, names);
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, names));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameDeep(v, names)]));
  return value;
}

/**
 * The module instance a run names, for a page whose UI module instances are not expanded:
 * `Login1`, or `LoginForm1__Login` (module `Login` of LoginForm1's pinned package version).
 */
export function moduleInstanceNamed(
  page: Pick<ExpandablePage, "widgets" | "moduleInstances">,
  name: string,
): Pick<ModuleInstance, "packageId" | "moduleName" | "version"> | undefined {
  const instance = page.moduleInstances.find((i) => i.name === name);
  if (instance) return instance;
  const at = name.indexOf(UI_MODULE_SEPARATOR);
  if (at < 0) return undefined;
  const owner = page.widgets.find((w) => w.name === name.slice(0, at) && w.type === UI_MODULE_WIDGET_TYPE);
  if (!owner?.module) return undefined;
  return { ...owner.module, moduleName: name.slice(at + UI_MODULE_SEPARATOR.length) };
}
