import { applyChanges } from "../runtime/applyChanges";
import type {
  AppsmithContext,
  EngineHost,
  EngineLimits,
  EvaluationResult,
  RuntimePage,
  TriggerResult,
} from "../runtime/types";
import type { ActionName, CallRequest, FromWorker, ToWorker } from "./protocol";
import type { WorkerLike } from "./WorkerLike";

/**
 * The main-thread side of the engine: it holds the latest evaluated state, forwards changes
 * to the worker and carries out the framework actions the worker asks for through the host.
 */
export interface EngineClient {
  /**
   * Loads a page (or the same page again after an edit); resolves with its first full
   * evaluation. The store comes from `page.appsmith.store`; widget meta state set so far is
   * dropped unless `keepMeta` (an editor reloading the page it shows).
   */
  load(page: RuntimePage, options?: { keepMeta?: boolean }): Promise<EvaluationResult>;
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
  const limits = { triggerMs: 5_000, bindingMs: 100, ...options.limits };
  const graceMs = options.graceMs ?? 1_000;
  const listeners = new Set<(state: EvaluationResult) => void>();
  let state: EvaluationResult = { values: {}, errors: {} };
  let page: RuntimePage | undefined;
  let metas = new Map<string, [string, string, unknown]>();
  let nextId = 1;
  let disposed = false;

  /** A request waiting for the worker, with what to say if the worker never answers it. */
  interface Pending {
    label: string;
    limitMs: number;
    sentAt: number;
    settle: (message: FromWorker | { type: "lost"; error: string }) => void;
  }
  const pending = new Map<number, Pending>();

  let worker: WorkerLike;
  let generation = 0;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let ready = false;
  let awaitingPong: number | undefined;

  const setState = (next: EvaluationResult) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  function start(): void {
    const current = ++generation;
    ready = false;
    worker = createWorker();
    worker.addEventListener("message", (event) => {
      if (current === generation) receive(event.data as FromWorker);
    });
    worker.addEventListener("error", (event) => {
      if (current !== generation) return;
      const message = (event as { message?: string }).message ?? "The engine worker failed";
      options.onError?.(message);
    });
  }

  function receive(message: FromWorker): void {
    switch (message.type) {
      case "ready": {
        ready = true;
        const now = Date.now();
        for (const request of pending.values()) request.sentAt = now;
        break;
      }
      case "changes":
        setState(applyChanges(state, message.changes));
        break;
      case "loaded":
      case "done":
      case "result": {
        const request = pending.get(message.id);
        pending.delete(message.id);
        request?.settle(message);
        break;
      }
      case "action":
        carryOut(message.actionId, message.name, message.args);
        break;
      case "pong":
        if (message.id === awaitingPong) awaitingPong = undefined;
        break;
    }
    armWatchdog();
  }

  function carryOut(actionId: number, name: ActionName, args: unknown[]): void {
    const current = generation;
    const method = host[name] as (...a: unknown[]) => Promise<unknown>;
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(method.apply(host, args));
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (value) => {
        if (current === generation) worker.postMessage({ type: "actionResult", actionId, ok: true, value });
      },
      (error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        if (current === generation)
          worker.postMessage({ type: "actionResult", actionId, ok: false, error: text });
      },
    );
  }

  function request<T extends FromWorker["type"]>(
    message: ToWorker,
    label: string,
    limitMs: number,
  ): Promise<Extract<FromWorker, { type: T }> | { type: "lost"; error: string }> {
    return new Promise((resolve) => {
      const id = (message as { id: number }).id;
      pending.set(id, {
        label,
        limitMs,
        sentAt: Date.now(),
        settle: resolve as Pending["settle"],
      });
      worker.postMessage(message);
      armWatchdog();
    });
  }

  /**
   * The worker is presumed stuck when a request is overdue and a ping gets no answer within the
   * grace time: a worker that is merely waiting (a slow query) answers pings at once.
   */
  function armWatchdog(): void {
    if (watchdog !== undefined) clearTimeout(watchdog);
    watchdog = undefined;
    if (disposed || !ready || pending.size === 0) return;
    const now = Date.now();
    let due = Number.POSITIVE_INFINITY;
    for (const request of pending.values()) due = Math.min(due, request.sentAt + request.limitMs + graceMs);
    if (awaitingPong !== undefined) due = Math.min(due, pongDeadline);
    watchdog = setTimeout(check, Math.max(0, due - now));
  }

  let pongDeadline = 0;
  function check(): void {
    watchdog = undefined;
    const now = Date.now();
    if (awaitingPong !== undefined && now >= pongDeadline) {
      restart();
      return;
    }
    if (awaitingPong === undefined) {
      const overdue = [...pending.values()].some((r) => now >= r.sentAt + r.limitMs + graceMs);
      if (overdue) {
        awaitingPong = nextId++;
        pongDeadline = now + graceMs;
        worker.postMessage({ type: "ping", id: awaitingPong });
        // A live worker answered the ping: give overdue requests another full period.
        for (const request of pending.values()) {
          if (now >= request.sentAt + request.limitMs + graceMs) request.sentAt = now;
        }
      }
    }
    armWatchdog();
  }

  function restart(): void {
    awaitingPong = undefined;
    worker.terminate();
    const lost = [...pending.values()];
    pending.clear();
    const names = lost.map((request) => request.label).join(", ");
    const message = `${names || "The page's code"} stopped responding and was stopped after ${Math.max(
      ...lost.map((r) => r.limitMs),
      0,
    )} ms; the page's code was restarted`;
    start();
    if (page) {
      const store =
        (state.values.appsmith?.store as Record<string, unknown> | undefined) ?? page.appsmith.store;
      void load({ ...page, appsmith: { ...page.appsmith, store } }, { keepMeta: true });
    }
    for (const request of lost) request.settle({ type: "lost", error: message });
    options.onError?.(message);
  }

  async function load(
    next: RuntimePage,
    loadOptions: { keepMeta?: boolean } = {},
  ): Promise<EvaluationResult> {
    page = next;
    if (!loadOptions.keepMeta) metas = new Map();
    const id = nextId++;
    const answer = await request<"loaded">(
      { type: "load", id, page: next, metas: [...metas.values()], limits },
      "Evaluating the page",
      limits.triggerMs,
    );
    if (answer.type === "lost") return state;
    setState(answer.state);
    return state;
  }

  async function call(callRequest: CallRequest, label: string): Promise<TriggerResult> {
    const id = nextId++;
    const answer = await request<"result">({ type: "call", id, call: callRequest }, label, limits.triggerMs);
    if (answer.type === "lost") return { ok: false, error: answer.error };
    return answer.result;
  }

  /** Changes without an answer of their own still get a deadline: their evaluation may hang. */
  function change(message: ToWorker, label: string): void {
    void request<"done">(message, label, limits.triggerMs);
  }

  start();
  return {
    load,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setMeta(widget, key, value) {
      metas.set(`${widget}.${key}`, [widget, key, value]);
      change(
        { type: "setMeta", id: nextId++, widget, key, value },
        `Evaluating after ${widget}.${key} changed`,
      );
    },
    setStore(store) {
      if (page) page = { ...page, appsmith: { ...page.appsmith, store } };
      change({ type: "setStore", id: nextId++, store }, "Evaluating after the store changed");
    },
    setAppsmith(patch) {
      if (page) page = { ...page, appsmith: { ...page.appsmith, ...patch } };
      change({ type: "setAppsmith", id: nextId++, patch }, "Evaluating after the URL or user changed");
    },
    runTrigger: (entity, event) => call({ kind: "trigger", entity, event }, `${entity}.${event}`),
    runCode: (code) => call({ kind: "code", code }, "code"),
    callFunction: (entity, fn, args) => call({ kind: "function", entity, fn, args }, `${entity}.${fn}`),
    runPageLoad: async () => {
      await call({ kind: "pageLoad" }, "page load");
    },
    dispose() {
      disposed = true;
      if (watchdog !== undefined) clearTimeout(watchdog);
      generation++;
      worker.terminate();
      for (const request of pending.values())
        request.settle({ type: "lost", error: "The engine was disposed" });
      pending.clear();
    },
  };
}
