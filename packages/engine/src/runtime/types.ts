import type { PropType } from "@tessera/model";
import type { CompiledCode } from "../compile/CompiledCode";
import type { ModuleInputType } from "../modules/moduleInputValue";

/** The declared type of a widget property (model's `PropType`); values are coerced with `coerceProp`. */
export type { PropType };

/**
 * What the engine needs to know about a widget type. The widgets package provides one per type;
 * the engine never imports React widgets.
 *
 * @example
 * const input: WidgetTypeSpec = {
 *   props: { label: "text", defaultText: "text", inputType: { enum: ["text", "email"] } },
 *   meta: { text: "", isValid: true },
 *   metaFromProps: { text: "defaultText" },
 *   events: ["onTextChanged", "onSubmit"],
 * };
 */
export interface WidgetTypeSpec {
  /** Declared property types. Undeclared properties are typed "any". */
  props: Record<string, PropType>;
  /** State the user changes by interacting (`Input1.text`), with its initial value. */
  meta: Record<string, unknown>;
  /**
   * Meta keys whose initial value (and value after resetWidget) is the evaluated value of a
   * property: `{ text: "defaultText" }` makes Input1.text start as the evaluated defaultText.
   */
  metaFromProps?: Record<string, string>;
  /**
   * Properties holding event handler code (`onClick`); they are run, never evaluated. An
   * entry ending in `*` names a family: `onClick:*` makes every `onClick:<column>` an event.
   */
  events: string[];
  /** Set for a widget whose children are a template repeated per item (a List). */
  repeat?: RepeatSpec;
}

/**
 * Where a repeating widget's items come from: a property holding the array, and optionally
 * the page shown (meta or property, from 1) and the page size (0: every item). Inside the
 * template's bindings `currentItem` and `currentIndex` (in the whole array) name one item.
 */
export interface RepeatSpec {
  items: string;
  pageNo?: string;
  pageSize?: string;
}

/** A widget of the page: `props` hold static values or `{{ }}` binding text. */
export interface RuntimeWidget {
  name: string;
  type: string;
  props: Record<string, unknown>;
  /** The name of the widget it sits in; absent on the page itself. */
  parent?: string;
}

/** An app query as the browser knows it: its name and the `{{ }}` expressions of its config. */
export interface RuntimeQuery {
  name: string;
  /** Expressions to evaluate (with `this.params`) and send with each run. */
  bindings: string[];
  runOnPageLoad: boolean;
}

/** A JS object of the page: `export default { ... }` source. */
export interface RuntimeJsObject {
  name: string;
  source: string;
  /** Function names run once when the page loads. */
  runOnPageLoad: string[];
}

/** A module input: read as `{{inputs.name}}`; the default is text or a `{{ }}` binding. */
export interface RuntimeModuleInput {
  name: string;
  defaultValue: string;
  /** Static text is converted to this type (`"5"` to 5 for a number); "any" when absent. */
  type?: ModuleInputType;
}

/** A query module of the package an instance comes from, as the browser knows it. */
export interface RuntimeQueryModule {
  name: string;
  inputs: RuntimeModuleInput[];
  /** Expressions to evaluate (with `inputs`) and send with each run. */
  bindings: string[];
}

/**
 * An app's instance of a published JS module (`Login1`). Inside its code the package's query
 * modules are visible by name (`sign_in.run(...)`), and `inputs` holds the module's inputs.
 */
export interface RuntimeJsModuleInstance {
  name: string;
  jsModule: { source: string; inputs: RuntimeModuleInput[] };
  queryModules: RuntimeQueryModule[];
  /**
   * The values the app sets for the module's inputs, by name: static text or `{{ }}` evaluated
   * in the app when the module reads them. Inputs left out take their default.
   */
  inputValues?: Record<string, string>;
  /** Function names run once when the page loads. */
  runOnPageLoad?: string[];
}

/**
 * An app's instance of a published query module (`Users1`): an entity like an app query
 * (`run()`, `data`, `isLoading`, `error`) whose `{{inputs.x}}` are the instance's input values
 * over the module's defaults, and a run's params over both.
 */
export interface RuntimeQueryModuleInstance {
  name: string;
  queryModule: RuntimeQueryModule;
  inputValues?: Record<string, string>;
  /** `["run"]` runs it once when the page loads. */
  runOnPageLoad?: string[];
  /** Ask the user (EngineHost.confirmRun) before each run. */
  confirmBeforeRun?: boolean;
}

/** An app's instance of a published module, told apart by the module it holds. */
export type RuntimeModuleInstance = RuntimeJsModuleInstance | RuntimeQueryModuleInstance;

/** The page's URL as user code reads it (`appsmith.URL.queryParams.id`). */
export interface AppsmithUrl {
  fullPath: string;
  host: string;
  hostname: string;
  pathname: string;
  protocol: string;
  port: string;
  hash: string;
  queryParams: Record<string, string>;
}

/**
 * The `appsmith` entity: store, URL, user and mode, and the names of the keys in the visitor's
 * vault. Code reads those as `appsmith.vault.keys` and `appsmith.vault.has("access_token")`;
 * the values stay on the server.
 */
export interface AppsmithContext {
  store: Record<string, unknown>;
  URL: AppsmithUrl;
  user: Record<string, unknown> | null;
  mode: "VIEW" | "EDIT";
  /** Key names in the visitor's vault (none when left out). */
  vault?: string[];
}

/** Everything the engine evaluates for one page. Plain data: it crosses the worker boundary. */
export interface RuntimePage {
  widgets: RuntimeWidget[];
  /** Spec per widget type name; a widget with an unknown type gets untyped props, no meta. */
  widgetTypes: Record<string, WidgetTypeSpec>;
  queries: RuntimeQuery[];
  jsObjects: RuntimeJsObject[];
  moduleInstances: RuntimeModuleInstance[];
  appsmith: AppsmithContext;
  /** The page's code analysed at deploy (`compilePageCode`); absent for a draft. */
  compiled?: CompiledCode;
}

/** The answer of a query run; the same shape as `RunResult` of @tessera/model. */
export interface QueryRunResult {
  ok: boolean;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  durationMs: number;
  /** The vault's key names after the run, for a query that reads or keeps vault values. */
  vault?: { keys: string[]; kept?: string[]; refreshed?: boolean };
}

/** A query run the host must carry out: `instance` is set for a module instance's query. */
export interface QueryRunRequest {
  instance?: string;
  query: string;
  /** Evaluated bindings keyed by expression text: `{ "inputs.email": "a@b.c" }`. */
  values: Record<string, unknown>;
  /** For a module query: the input values it ran with, which the server checks by type. */
  inputs?: Record<string, unknown>;
}

/** Alert styles of `showAlert`. */
export type AlertType = "success" | "info" | "warning" | "error";

/**
 * What the page around the engine does for it (main thread in the browser). Every method
 * returns a Promise; user code awaits it. The engine already updates `appsmith.store` itself
 * on storeValue/removeValue/clearStore: the host persists it.
 */
export interface EngineHost {
  /** Runs a stored query through the server (POST /api/v1/run). Reject on network errors. */
  runQuery(request: QueryRunRequest): Promise<QueryRunResult>;
  /**
   * Asks the user whether to run a query marked "confirm before running"; false cancels the
   * run. A host without it runs without asking.
   */
  confirmRun?(query: string): Promise<boolean>;
  storeValue(key: string, value: unknown, persist: boolean): Promise<void>;
  removeValue(key: string): Promise<void>;
  /** Empties `appsmith.store`; the host also empties the visitor's vault (`clearStore` does both). */
  clearStore(): Promise<void>;
  /** Empties the visitor's vault on the server; the engine has already emptied `appsmith.vault`. */
  clearVault(): Promise<void>;
  /** A page name (`"Home"`) or a URL; `target` is "SAME_WINDOW" (default) or "NEW_WINDOW". */
  navigateTo(pageNameOrUrl: string, params: Record<string, unknown>, target: NavigationTarget): Promise<void>;
  showAlert(message: string, type: AlertType): Promise<void>;
  /** The engine has already reset the widget's meta to its defaults. */
  resetWidget(widgetName: string, resetChildren: boolean): Promise<void>;
  copyToClipboard(text: string): Promise<void>;
  /** Saves `content` as a file; `fileType` is a MIME type such as "text/csv". */
  download(content: string, fileName: string, fileType: string): Promise<void>;
  /** The engine has already set the modal's `isOpen`: the page shows it. */
  showModal(widgetName: string): Promise<void>;
  /** The engine has already cleared the modal's `isOpen`: the page hides it. */
  closeModal(widgetName: string): Promise<void>;
}

export type NavigationTarget = "SAME_WINDOW" | "NEW_WINDOW";

/** Evaluated values by entity and property, errors by `"Entity.prop"` path. */
export interface EvaluationResult {
  values: Record<string, Record<string, unknown>>;
  errors: Record<string, string>;
}

/**
 * What changed: new values of changed properties, and errors set (a message) or cleared (null).
 * Merge it into an EvaluationResult with `applyChanges`.
 */
export interface EvaluationChanges {
  values: Record<string, Record<string, unknown>>;
  errors: Record<string, string | null>;
}

/** How a trigger or function call ended. A failed one has already been shown with showAlert. */
export type TriggerResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Time limits, in milliseconds. */
export interface EngineLimits {
  /** Synchronous run time of a trigger or function call (default 5000). */
  triggerMs: number;
  /** Run time of one binding evaluation (default 100). */
  bindingMs: number;
}
