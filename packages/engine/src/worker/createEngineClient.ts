import type {
  AppsmithContext,
  EngineHost,
  EngineLimits,
  EvaluationResult,
  RuntimePage,
  TriggerResult,
} from "../runtime/types";
import type { WorkerLike } from "./WorkerLike";

/**
 * The main-thread side of the engine: it holds the latest evaluated state, forwards changes
 * to the worker and carries out the framework actions the worker asks for through the host.
 */
export interface EngineClient {
  /** Loads (or reloads) a page; resolves with its first full evaluation. Keeps store and meta. */
  load(page: RuntimePage): Promise<EvaluationResult>;
  /** Latest evaluated state; a new object after every change (fit for useSyncExternalStore). */
  getState(): EvaluationResult;
  /** Calls `listener` with the new state after every change. Returns the unsubscribe function. */
  subscribe(listener: (state: EvaluationResult) => void): () => void;
  /** Widget meta state changed (a keystroke in Input1: `setMeta("Input1", "text", "a")`). */
  setMeta(widget: string, key: string, value: unknown): void;
  /** `appsmith.store` changed outside user code (restored from storage on load). */
  setStore(store: Record<string, unknown>): void;
  /** `appsmith.URL`, `user` or `mode` changed. */
  setAppsmith(patch: Partial<Omit<AppsmithContext, "store">>): void;
  /** Runs a widget's event handler: `runTrigger("Button1", "onClick")`. */
  runTrigger(entity: string, event: string): Promise<TriggerResult>;
  /** Runs handler code (`{{ }}` text or plain JS). */
  runCode(code: string): Promise<TriggerResult>;
  /** Calls a JS object's or module instance's function. */
  callFunction(entity: string, fn: string, args: unknown[]): Promise<TriggerResult>;
  /** Runs what is marked runOnPageLoad (call after `load`). */
  runPageLoad(): Promise<void>;
  /** Stops the worker. */
  dispose(): void;
}

/** Options of `createEngineClient`. */
export interface EngineClientOptions {
  limits?: Partial<EngineLimits>;
  /** Extra time the worker gets past a limit before it is presumed stuck (default 1000 ms). */
  graceMs?: number;
  /** Told when the worker was stuck and has been replaced, with a message naming the code. */
  onError?: (message: string) => void;
}

/**
 * Starts the engine in a worker made by `createWorker` and returns its main-thread client.
 * When a trigger or evaluation overruns its limit and the worker stops answering, the worker
 * is terminated and replaced, the state re-sent, and the pending call fails naming the code.
 *
 * @example
 * const client = createEngineClient(
 *   () => new Worker(new URL("./engineWorker.ts", import.meta.url), { type: "module" }),
 *   host,
 * );
 * await client.load(page);
 * client.subscribe((state) => render(state.values));
 */
export function createEngineClient(
  createWorker: () => WorkerLike,
  host: EngineHost,
  options: EngineClientOptions = {},
): EngineClient {
  void createWorker;
  void host;
  void options;
  throw new Error("not implemented yet");
}
