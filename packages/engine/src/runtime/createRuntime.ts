import { coerceProp, isEventProp } from "@tessera/model";
import { hasBindings, type Segment } from "../bindings/parseSegments";
import { segmentsOf } from "../bindings/segmentsOf";
import { compiledCodeSource } from "../compile/CompiledCode";
import {
  type CompiledSegment,
  compileSegments,
  evaluateSegments,
  runExpression,
} from "../evaluation/evaluateSegments";
import { formatError } from "../evaluation/formatError";
import { DependencyGraph, type GraphNode } from "../graph/DependencyGraph";
import { createJsEntity } from "../js/createJsEntity";
import { type ModuleInputType, staticInputValue } from "../modules/moduleInputValue";
import { UI_MODULE_PROPS_FUNCTION, uiModuleProps } from "../modules/uiModuleProps";
import { startBudget, withBudget } from "../sandbox/budget";
import { compileExpression, compileExpressions } from "../sandbox/compileExpression";
import { compileHandler } from "../sandbox/compileHandler";
import { createScope, type ScopeLookup } from "../sandbox/createScope";
import { readOnlyView } from "../sandbox/readOnlyView";
import { ChangeRecorder } from "./ChangeRecorder";
import { createFrameworkFunctions } from "./createFrameworkFunctions";
import { createQueryEntity } from "./createQueryEntity";
import { createTimers } from "./createTimers";
import { JsVariableWatcher } from "./JsVariableWatcher";
import type { Runtime, RuntimeOptions } from "./Runtime";
import { itemLocals, repeatedItems, rowEntityName, templatesOf } from "./repeatedItems";
import type {
  EngineHost,
  EvaluationResult,
  PropType,
  RuntimeJsModuleInstance,
  RuntimeModuleInput,
  RuntimePage,
  RuntimeQueryModule,
  RuntimeQueryModuleInstance,
  TriggerResult,
  WidgetTypeSpec,
} from "./types";

type Entity = Record<string, unknown>;

/** A graph node the runtime evaluates: a widget property from its bindings, or meta from a property. */
type EvaluatedNode =
  | {
      kind: "prop";
      widget: string;
      prop: string;
      type: PropType;
      segments: CompiledSegment[];
      /** The repeating widget (List) whose template holds this widget: evaluated per item. */
      template?: string;
    }
  | { kind: "meta"; widget: string; key: string; from: string };

interface WidgetState {
  spec: WidgetTypeSpec;
  entity: Entity;
  /** Handler code by event name. */
  events: Map<string, string>;
  /** Meta values the user set; the rest come from the spec or a property. */
  overrides: Map<string, unknown>;
}

const untypedWidget: WidgetTypeSpec = { props: {}, meta: {}, events: [] };
const queryProps = ["data", "isLoading", "responseMeta", "error"];

/** The params a run was given, without the undefined ones (they leave the input's value). */
const given = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));

/**
 * Builds the data tree of a page and evaluates every binding in dependency order. The code
 * comes analysed from `page.compiled` (a deployment's) or else from `options.code`; this
 * module holds no parser, so the viewer runs pages without one. `createRuntime` (index) is
 * this with the parser.
 *
 * @example
 * const runtime = createPageRuntime(page, host, { code: parsingCodeSource });
 * runtime.getState().values.Text1.text;
 * runtime.setMeta("Input1", "text", "a@b.c"); // only dependents of Input1.text re-run
 */
export function createPageRuntime(
  page: RuntimePage,
  host: EngineHost,
  options: RuntimeOptions = {},
): Runtime {
  const source = page.compiled ? compiledCodeSource(page.compiled, options.code) : options.code;
  if (!source) throw new Error("The page's code was not compiled and no parser was given");
  const code = source;
  const limits = { triggerMs: 5_000, bindingMs: 100, ...options.limits };
  const alertUncaught = options.alertUncaughtErrors !== false;
  let bindingDepth = 0;

  /** Every entity by graph name; module internals are named `Instance/name` and stay private. */
  const entities = new Map<string, Entity>();
  /** What the page's code sees by name. */
  const appScope = new Map<string, unknown>();
  const widgets = new Map<string, WidgetState>();
  const nodes = new Map<string, EvaluatedNode>();
  /** Rows published per template property, so rows that went away lose their errors. */
  const rowCounts = new Map<string, number>();
  /** Variables of JS objects and module instances, which user code changes by assignment. */
  const jsVariables = new JsVariableWatcher();
  /** Properties published per entity, for getState; null publishes all of a widget's keys. */
  const published = new Map<string, readonly string[] | null>();
  const recorder = new ChangeRecorder((entity) => published.has(entity));
  recorder.muted = true;
  const errors = recorder.errors;
  const record = (entity: string, prop: string, value: unknown) => recorder.value(entity, prop, value);
  const flush = () => recorder.flush();

  const inBinding = () => bindingDepth > 0;
  const assertTrigger = (what: string) => {
    if (bindingDepth > 0) {
      throw new Error(`${what} can only run in event handlers and the functions they call, not in a binding`);
    }
  };

  /** Properties changed outside evaluation: publish them and re-run what depends on them. */
  function changed(paths: string[]): void {
    for (const path of paths) {
      const [entity, prop] = path.split(".", 2);
      if (prop !== undefined) record(entity, prop, entities.get(entity)?.[prop]);
    }
    for (const id of graph.affectedBy(paths)) evaluateNode(id);
  }

  // --- appsmith and the framework functions -------------------------------------------------
  const appsmith: Entity = {
    ...page.appsmith,
    store: { ...page.appsmith.store },
    vault: vaultView(page.appsmith.vault ?? []),
  };
  Object.freeze(appsmith.store);
  const appsmithView = readOnlyView(appsmith, "appsmith");
  entities.set("appsmith", appsmith);
  appScope.set("appsmith", appsmithView);
  published.set("appsmith", ["store", "URL", "user", "mode"]);

  function replaceStore(store: Record<string, unknown>, keys: string[]): void {
    // Frozen so `appsmith.store.x = 1` fails loudly instead of changing what nothing watches.
    appsmith.store = Object.freeze(store);
    record("appsmith", "store", store);
    changed(keys.map((key) => `appsmith.store.${key}`));
  }

  function replaceVaultKeys(keys: string[]): void {
    appsmith.vault = vaultView(keys);
    // Not published: the main thread knows the names already, and `has` is no data to send.
    for (const id of graph.affectedBy(["appsmith.vault"])) evaluateNode(id);
  }

  const framework = createFrameworkFunctions({
    host,
    assertTrigger,
    getStore: () => appsmith.store as Record<string, unknown>,
    setStore: replaceStore,
    setVaultKeys: replaceVaultKeys,
    resetMeta,
    beforeAction: () => {
      syncJsVariables();
      flush();
    },
    setModalOpen,
  });
  // Aborted when another page replaces this one: its timers stop with it.
  const stopped = new AbortController();
  const timers = createTimers({
    signal: stopped.signal,
    assertTrigger,
    afterCallback: () => {
      syncJsVariables();
      flush();
    },
    onError: (message) => {
      if (alertUncaught) host.showAlert(message, "error").catch(() => {});
    },
  });
  const frameworkEntries = [...Object.entries(framework), ...Object.entries(timers)];
  for (const [name, fn] of frameworkEntries) appScope.set(name, fn);
  // Pure and called from bindings only (an expanded UI module's props), so not one of the
  // framework actions a module's code also sees, nor offered to authors.
  appScope.set(UI_MODULE_PROPS_FUNCTION, uiModuleProps);

  // --- widgets -------------------------------------------------------------------------------
  // Segments come parsed from the memo (segmentsOf); one `new Function` then compiles all
  // of the page's bindings, far cheaper than one per binding.
  const parsedProps = new Map<unknown, readonly Segment[]>();
  const expressions: string[] = [];
  for (const widget of page.widgets) {
    for (const raw of Object.values(widget.props)) {
      if (typeof raw !== "string" || !raw.includes("{{")) continue;
      const segments = segmentsOf(raw);
      if (!segments.some((segment) => segment.kind === "binding")) continue;
      parsedProps.set(raw, segments);
      for (const segment of segments) if (segment.kind === "binding") expressions.push(segment.expression);
    }
  }
  compileExpressions(expressions, code);
  const templateOf = templatesOf(page);
  for (const widget of page.widgets) {
    const spec = page.widgetTypes[widget.type] ?? untypedWidget;
    const state: WidgetState = { spec, entity: {}, events: new Map(), overrides: new Map() };
    widgets.set(widget.name, state);
    entities.set(widget.name, state.entity);
    appScope.set(widget.name, readOnlyView(state.entity, widget.name));
    published.set(widget.name, null);
    const typed = widget.type in page.widgetTypes;
    for (const [prop, raw] of Object.entries(widget.props)) {
      if (typed ? isEventProp(spec.events, prop) : /^on[A-Z]/.test(prop)) {
        if (typeof raw === "string" && raw.trim() !== "") state.events.set(prop, raw);
        continue;
      }
      const type = spec.props[prop] ?? "any";
      const parsed = parsedProps.get(raw);
      if (parsed) {
        const segments = compileSegments(parsed, code);
        const template = templateOf.get(widget.name);
        nodes.set(`${widget.name}.${prop}`, {
          kind: "prop",
          widget: widget.name,
          prop,
          type,
          segments,
          template,
        });
      } else {
        const checked = coerceProp(type, raw);
        // As with a binding that throws, a property in error reads as undefined.
        state.entity[prop] = checked.error ? undefined : checked.value;
        if (checked.error) errors[`${widget.name}.${prop}`] = checked.error;
      }
    }
    for (const [key, initial] of Object.entries(spec.meta)) {
      const from = spec.metaFromProps?.[key];
      if (from && nodes.has(`${widget.name}.${from}`)) {
        nodes.set(`${widget.name}.${key}`, { kind: "meta", widget: widget.name, key, from });
      } else {
        state.entity[key] = from && from in state.entity ? state.entity[from] : structuredClone(initial);
      }
    }
  }

  // --- queries -------------------------------------------------------------------------------
  for (const query of page.queries) {
    const entity = createQueryEntity({
      host,
      path: query.name,
      request: { query: query.name },
      evaluate: (params) => ({
        values: evaluateExpressions(query.bindings, appScope, { params }, query.name),
      }),
      assertTrigger,
      changed: (paths) => {
        // Published at once: the page shows `isLoading` while the request is out.
        changed(paths);
        flush();
      },
    });
    entities.set(query.name, entity);
    appScope.set(query.name, readOnlyView(entity, query.name));
    published.set(query.name, queryProps);
  }

  // --- module instances ----------------------------------------------------------------------
  const functionNodes: GraphNode[] = [];
  for (const instance of page.moduleInstances) {
    if ("queryModule" in instance) addQueryModuleInstance(instance);
    else addJsModuleInstance(instance);
  }

  function addJsModuleInstance(instance: RuntimeJsModuleInstance): void {
    // A module sees `appsmith`, the framework functions, its inputs and its package's query
    // modules: nothing of the app it is used in (the app's values reach it as inputs).
    const scope = new Map<string, unknown>([["appsmith", appsmithView], ...frameworkEntries]);
    const internal = new Set<string>();
    const inputs = moduleInputs(instance.name, instance.jsModule.inputs, instance.inputValues, scope);
    entities.set(`${instance.name}/inputs`, inputs);
    scope.set("inputs", inputs);
    internal.add("inputs");
    for (const queryModule of instance.queryModules) {
      const path = `${instance.name}/${queryModule.name}`;
      const entity = createQueryEntity({
        host,
        path,
        request: { instance: instance.name, query: queryModule.name },
        evaluate: (params) => {
          const defaults = moduleInputs(instance.name, queryModule.inputs, undefined, scope);
          return evaluateModuleQuery(queryModule, { ...defaults, ...given(params) }, path);
        },
        assertTrigger,
        changed: (paths) => {
          changed(paths);
          flush();
        },
      });
      entities.set(path, entity);
      scope.set(queryModule.name, readOnlyView(entity, queryModule.name));
      internal.add(queryModule.name);
    }
    addJsEntity(instance.name, instance.jsModule.source, scope, (path) => {
      const root = path.split(".", 1)[0];
      return internal.has(root) ? `${instance.name}/${path}` : path;
    });
  }

  function addQueryModuleInstance(instance: RuntimeQueryModuleInstance): void {
    const moduleScope = new Map<string, unknown>([["appsmith", appsmithView]]);
    const inputs = moduleInputs(
      instance.name,
      instance.queryModule.inputs,
      instance.inputValues,
      moduleScope,
    );
    const entity = createQueryEntity({
      host,
      path: instance.name,
      request: { instance: instance.name, query: instance.queryModule.name },
      evaluate: (params) =>
        evaluateModuleQuery(instance.queryModule, { ...inputs, ...given(params) }, instance.name),
      confirmBeforeRun: instance.confirmBeforeRun,
      assertTrigger,
      changed: (paths) => {
        changed(paths);
        flush();
      },
    });
    entities.set(instance.name, entity);
    appScope.set(instance.name, readOnlyView(entity, instance.name));
    published.set(instance.name, queryProps);
  }

  /** A query module's binding values for one run, with the input values it runs with. */
  function evaluateModuleQuery(queryModule: RuntimeQueryModule, inputs: Entity, label: string) {
    const scope = new Map<string, unknown>([
      ["appsmith", appsmithView],
      ["inputs", inputs],
    ]);
    return { values: evaluateExpressions(queryModule.bindings, scope, undefined, label), inputs };
  }

  // --- JS objects ----------------------------------------------------------------------------
  for (const jsObject of page.jsObjects)
    addJsEntity(jsObject.name, jsObject.source, appScope, (path) => path);

  function addJsEntity(
    name: string,
    source: string,
    scope: ScopeLookup,
    mapPath: (path: string) => string,
  ): void {
    // Variables get their first values like bindings do: actions are refused while they do.
    bindingDepth++;
    let js: ReturnType<typeof createJsEntity>;
    try {
      js = createJsEntity(name, source, {
        scope,
        mapPath,
        inBinding,
        initMs: limits.triggerMs,
        code,
        dataChanged: (path) => {
          for (const id of graph.affectedBy([path])) evaluateNode(id);
          flush();
        },
      });
    } finally {
      bindingDepth--;
    }
    entities.set(name, js.entity);
    appScope.set(name, js.entity);
    Object.assign(errors, js.errors);
    published.set(name, js.variables);
    jsVariables.watch(name, js.entity, js.variables);
    for (const fn of js.functions)
      functionNodes.push({ id: `${name}.${fn.name}`, kind: "function", reads: fn.reads });
  }

  // --- the graph and the first evaluation ----------------------------------------------------
  const graphNodes: GraphNode[] = [...functionNodes];
  for (const [id, node] of nodes) {
    const reads =
      node.kind === "meta"
        ? [`${node.widget}.${node.from}`]
        : node.segments.flatMap((segment) => ("compiled" in segment ? segment.compiled.paths : []));
    if (node.kind === "prop" && node.template) reads.push(...repeatPaths(node.template));
    graphNodes.push({ id, kind: "binding", reads });
  }
  const graph = new DependencyGraph(graphNodes);
  for (const [id, message] of graph.cycles) {
    const node = nodes.get(id)!;
    entities.get(node.widget)![node.kind === "prop" ? node.prop : node.key] = undefined;
    errors[id] = message;
  }
  for (const id of graph.order) evaluateNode(id);
  recorder.discard();
  recorder.muted = false;

  function evaluateNode(id: string): void {
    const node = nodes.get(id);
    if (!node) return;
    const entity = entities.get(node.widget)!;
    if (node.kind === "meta") {
      // The property the meta starts from changed: like Appsmith, that resets what the user typed.
      widgets.get(node.widget)!.overrides.delete(node.key);
      entity[node.key] = entity[node.from];
      record(node.widget, node.key, entity[node.key]);
      return;
    }
    if (node.template) {
      evaluateRows(id, node, node.template);
      return;
    }
    const { value, error } = evaluateProp(id, node, appScope);
    entity[node.prop] = value;
    record(node.widget, node.prop, value);
    recorder.error(id, error);
  }

  function evaluateProp(
    id: string,
    node: Extract<EvaluatedNode, { kind: "prop" }>,
    scope: ScopeLookup,
  ): { value: unknown; error?: string } {
    bindingDepth++;
    try {
      const checked = coerceProp(
        node.type,
        withBudget(limits.bindingMs, id, () => evaluateSegments(node.segments, scope)),
      );
      return checked.error ? { value: undefined, error: checked.error } : { value: checked.value };
    } catch (thrown) {
      return { value: undefined, error: formatError(thrown) };
    } finally {
      bindingDepth--;
    }
  }

  /**
   * A template property, once per item of the page its List shows, each with `currentItem`
   * and `currentIndex`: published per row (`Text1[0]`, `Text1[1]`), and the first row's
   * value as the widget's own (what the canvas shows, and what other bindings read).
   */
  function evaluateRows(id: string, node: Extract<EvaluatedNode, { kind: "prop" }>, template: string): void {
    const list = widgets.get(template)!;
    const shown = repeatedItems(list.entity, list.spec.repeat!);
    const rows = shown.items.length;
    for (let row = 0; row < Math.max(rows, 1); row++) {
      const result = evaluateProp(id, node, withLocals(appScope, itemLocals(shown, row)));
      // Without items the template still shows once (the canvas), its errors are not real.
      const error = rows === 0 ? undefined : result.error;
      if (row === 0) {
        entities.get(node.widget)![node.prop] = result.value;
        record(node.widget, node.prop, result.value);
        recorder.error(id, error);
      }
      if (rows === 0) break;
      const name = rowEntityName(node.widget, row);
      let entity = entities.get(name);
      if (!entity) {
        entity = {};
        entities.set(name, entity);
        published.set(name, null);
      }
      entity[node.prop] = result.value;
      record(name, node.prop, result.value);
      recorder.error(`${name}.${node.prop}`, error);
    }
    const before = rowCounts.get(id) ?? 0;
    for (let row = rows; row < before; row++)
      recorder.error(`${rowEntityName(node.widget, row)}.${node.prop}`, undefined);
    rowCounts.set(id, rows);
  }

  /** What a template's rows depend on: the items, page and page size of its List. */
  function repeatPaths(template: string): string[] {
    const repeat = widgets.get(template)?.spec.repeat;
    if (!repeat) return [];
    return [repeat.items, repeat.pageNo, repeat.pageSize].flatMap((key) =>
      key ? [`${template}.${key}`] : [],
    );
  }

  /** A query's binding values for one run; a failing one is sent as null, as Appsmith sends it. */
  function evaluateExpressions(
    expressions: string[],
    scope: ScopeLookup,
    thisArg: unknown,
    label: string,
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    bindingDepth++;
    try {
      for (const expression of expressions) {
        try {
          const value = withBudget(limits.bindingMs, label, () =>
            runExpression(compileExpression(expression, code), scope, thisArg),
          );
          values[expression] = value === undefined ? null : value;
        } catch {
          values[expression] = null;
        }
      }
    } finally {
      bindingDepth--;
    }
    return values;
  }

  /**
   * The `inputs` a module reads: each declared input from the instance's value, a `{{ }}`
   * evaluated in the app each time it is read, or else from its default, evaluated in the
   * module. Static text takes the input's type (`"5"` is 5 for a number).
   */
  function moduleInputs(
    instanceName: string,
    declared: RuntimeModuleInput[],
    values: Record<string, string> | undefined,
    moduleScope: ScopeLookup,
  ): Entity {
    const inputs: Entity = {};
    for (const input of declared) {
      const value = values?.[input.name];
      const fromApp = value !== undefined && value !== "";
      const text = fromApp ? value : input.defaultValue;
      const scope = fromApp ? appScope : moduleScope;
      const label = `${instanceName}.inputs.${input.name}`;
      if (fromApp && hasBindings(text)) {
        // What the module's functions read through this input depends on the app's values: a
        // function node carries that, so `{{Greeter1.greet()}}` follows `Input1.text`.
        const reads = compileSegments(segmentsOf(text), code).flatMap((segment) =>
          "compiled" in segment ? segment.compiled.paths : [],
        );
        functionNodes.push({ id: `${instanceName}/inputs.${input.name}`, kind: "function", reads });
      }
      Object.defineProperty(inputs, input.name, {
        enumerable: true,
        get: () => inputValue(text, input.type ?? "any", scope, label),
      });
    }
    return inputs;
  }

  function inputValue(text: string, type: ModuleInputType, scope: ScopeLookup, label: string): unknown {
    if (!hasBindings(text)) return staticInputValue(text, type);
    bindingDepth++;
    try {
      const segments = compileSegments(segmentsOf(text), code);
      return withBudget(limits.bindingMs, label, () => evaluateSegments(segments, scope));
    } catch {
      return undefined;
    } finally {
      bindingDepth--;
    }
  }

  function resetMeta(widgetName: string): void {
    const state = widgets.get(widgetName);
    if (!state) throw new Error(`resetWidget: there is no widget named ${widgetName}`);
    state.overrides.clear();
    const paths: string[] = [];
    for (const [key, initial] of Object.entries(state.spec.meta)) {
      const from = state.spec.metaFromProps?.[key];
      state.entity[key] = from && from in state.entity ? state.entity[from] : structuredClone(initial);
      paths.push(`${widgetName}.${key}`);
    }
    changed(paths);
  }

  function setModalOpen(widgetName: string, open: boolean): void {
    const state = widgets.get(widgetName);
    if (!state) throw new Error(`There is no widget named ${widgetName}`);
    if (!("isOpen" in state.spec.meta)) throw new Error(`${widgetName} is not a modal`);
    state.overrides.set("isOpen", open);
    state.entity.isOpen = open;
    changed([`${widgetName}.isOpen`]);
  }

  function syncJsVariables(): void {
    const paths = jsVariables.changedPaths();
    if (paths.length > 0) changed(paths);
  }

  // --- triggers ------------------------------------------------------------------------------
  const handlers = new Map<string, (() => Promise<unknown>) | string>();
  const scopeProxy = createScope(appScope);

  function handlerFor(source: string): (() => Promise<unknown>) | string {
    let handler = handlers.get(source);
    if (!handler) {
      handler = compileHandler(source, scopeProxy, code);
      handlers.set(source, handler);
    }
    return handler;
  }

  async function execute(label: string, start: () => unknown): Promise<TriggerResult> {
    startBudget(limits.triggerMs, label);
    try {
      const value = await start();
      syncJsVariables();
      flush();
      return { ok: true, value };
    } catch (error) {
      syncJsVariables();
      flush();
      const message = formatError(error);
      if (alertUncaught) host.showAlert(message, "error").catch(() => {});
      return { ok: false, error: message };
    }
  }

  function runCode(code: string, label = "code"): Promise<TriggerResult> {
    const handler = handlerFor(code);
    if (typeof handler === "string") return execute(label, () => Promise.reject(new Error(handler)));
    return execute(label, async () => {
      const value = await handler.call(undefined);
      // `{{JSObject1.save}}` names the function to run rather than calling it: run it.
      return typeof value === "function" ? value() : value;
    });
  }

  function callFunction(entityName: string, fn: string, args: unknown[]): Promise<TriggerResult> {
    const label = `${entityName}.${fn}`;
    const target = appScope.get(entityName) as Entity | undefined;
    const member = target?.[fn];
    if (typeof member !== "function") {
      return execute(label, () => Promise.reject(new TypeError(`${label} is not a function`)));
    }
    return execute(label, () => (member as (...a: unknown[]) => unknown)(...args));
  }

  return {
    getState(): EvaluationResult {
      const values: EvaluationResult["values"] = {};
      for (const [name, props] of published) {
        const entity = entities.get(name)!;
        const out: Record<string, unknown> = {};
        for (const prop of props ?? Object.keys(entity)) out[prop] = entity[prop];
        values[name] = out;
      }
      return { values, errors: { ...errors } };
    },
    setMeta(widget, key, value) {
      const state = widgets.get(widget);
      if (!state) return flush();
      state.overrides.set(key, value);
      state.entity[key] = value;
      changed([`${widget}.${key}`]);
      return flush();
    },
    setStore(store) {
      const current = appsmith.store as Record<string, unknown>;
      const keys = new Set([...Object.keys(current), ...Object.keys(store)]);
      const changedKeys = [...keys].filter((key) => current[key] !== store[key]);
      if (changedKeys.length > 0) replaceStore({ ...store }, changedKeys);
      return flush();
    },
    setAppsmith(patch) {
      if (patch.vault) replaceVaultKeys(patch.vault);
      const keys = Object.keys(patch).filter((key) => key !== "store" && key !== "vault");
      for (const key of keys) appsmith[key] = (patch as Record<string, unknown>)[key];
      changed(keys.map((key) => `appsmith.${key}`));
      return flush();
    },
    runTrigger(entity, event, locals) {
      const code = widgets.get(entity)?.events.get(event);
      if (code === undefined) return Promise.resolve({ ok: true, value: undefined });
      if (!locals || Object.keys(locals).length === 0) return runCode(code, `${entity}.${event}`);
      // Compiled over a scope of its own: the cached handlers see the page's names only.
      const handler = compileHandler(code, createScope(withLocals(appScope, locals)), source);
      const label = `${entity}.${event}`;
      if (typeof handler === "string") return execute(label, () => Promise.reject(new Error(handler)));
      return execute(label, () => handler.call(undefined));
    },
    runCode,
    callFunction,
    async runPageLoad() {
      // Queries, app queries and query module instances alike, run side by side first.
      const queryInstances = page.moduleInstances.filter((instance) => "queryModule" in instance);
      await Promise.all([
        ...page.queries
          .filter((query) => query.runOnPageLoad)
          .map((query) => callFunction(query.name, "run", [])),
        ...queryInstances
          .filter((instance) => instance.runOnPageLoad?.includes("run"))
          .map((instance) => callFunction(instance.name, "run", [])),
      ]);
      for (const owner of [...page.jsObjects, ...page.moduleInstances]) {
        if ("queryModule" in owner) continue;
        for (const fn of owner.runOnPageLoad ?? []) await callFunction(owner.name, fn, []);
      }
    },
    subscribe: (listener) => recorder.subscribe(listener),
    dispose() {
      stopped.abort();
    },
  };
}

/** The page's names with `locals` in front (read-only copies, like entities). */
function withLocals(scope: ScopeLookup, locals: Record<string, unknown>): ScopeLookup {
  const own = new Map<string, unknown>(
    Object.entries(locals).map(([name, value]) => [
      name,
      typeof value === "object" && value !== null ? readOnlyView(value, name) : value,
    ]),
  );
  return {
    has: (name: string) => own.has(name) || scope.has(name),
    get: (name: string) => (own.has(name) ? own.get(name) : scope.get(name)),
  } as ScopeLookup;
}

/**
 * `appsmith.vault` as code sees it: the key names and `has`, frozen. Values never reach the
 * browser, so there is nothing else to read.
 */
function vaultView(
  keys: readonly string[],
): Readonly<{ keys: readonly string[]; has: (key: unknown) => boolean }> {
  const names = Object.freeze([...keys]);
  return Object.freeze({
    keys: names,
    has: (key: unknown) => typeof key === "string" && names.includes(key),
  });
}
