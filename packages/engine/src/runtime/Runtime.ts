import type { CodeSource } from "../compile/CompiledCode";
import type {
  AppsmithContext,
  EngineLimits,
  EvaluationChanges,
  EvaluationResult,
  TriggerResult,
} from "./types";

/**
 * A page's evaluated state, held where user code runs (the worker). Synchronous methods
 * return what changed; asynchronous changes (a query loading, the store changing during a
 * trigger) reach `subscribe` listeners.
 */
export interface Runtime {
  /** The whole current state. */
  getState(): EvaluationResult;
  /** Sets widget meta state (`Input1.text` on a keystroke) and re-evaluates only its dependents. */
  setMeta(widget: string, key: string, value: unknown): EvaluationChanges;
  /** Replaces `appsmith.store` (e.g. restored from storage) and re-evaluates its dependents. */
  setStore(store: Record<string, unknown>): EvaluationChanges;
  /** Replaces `appsmith.URL`, `user` or `mode`. */
  setAppsmith(patch: Partial<Omit<AppsmithContext, "store">>): EvaluationChanges;
  /**
   * Runs a widget's event handler (`Button1`, `onClick`). Errors are alerted and returned.
   * `locals` are extra names the handler sees, ahead of the page's (`currentRow`).
   */
  runTrigger(entity: string, event: string, locals?: Record<string, unknown>): Promise<TriggerResult>;
  /** Runs trigger code (`{{ }}` text or plain JS) with the framework functions available. */
  runCode(code: string, label?: string): Promise<TriggerResult>;
  /** Calls a function of a JS object or module instance: `callFunction("Login1", "signin", [{...}])`. */
  callFunction(entity: string, fn: string, args: unknown[]): Promise<TriggerResult>;
  /** Runs queries and JS functions marked runOnPageLoad, queries first. */
  runPageLoad(): Promise<void>;
  /** Listens to every change, synchronous or not. Returns the unsubscribe function. */
  subscribe(listener: (changes: EvaluationChanges) => void): () => void;
  /** Stops what the page left running (timeouts, intervals): another page replaces it. */
  dispose(): void;
}

/** Options of `createRuntime`. */
export interface RuntimeOptions {
  limits?: Partial<EngineLimits>;
  /** Show uncaught trigger errors with host.showAlert (default true, as Appsmith does). */
  alertUncaughtErrors?: boolean;
  /**
   * Analyses code the page's compiled form lacks (all of it, for a draft): the parser, in
   * the editor and its preview. Without it, such code fails with a message.
   */
  code?: CodeSource;
}
