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
 * How often the page's code is restarted after it hung, within `RESTART_WINDOW_MS`, before it
 * is stopped: code that hangs each time it starts would otherwise restart forever.
 */
export const MAX_RESTARTS = 3;
/** The time over which restarts count towards `MAX_RESTARTS`, in ms. */
export const RESTART_WINDOW_MS = 60_000;

/**
 * The main-thread side of the engine: it holds the latest evaluated state, forwards changes
 * to the worker and carries out the framework actions the worker asks for through the host.
 */
export interface EngineClient {
  /**
   * Loads a page (or the same page again after an edit); resolves with its first full
   * evaluation, by a replacement worker if the first one hung. The store comes from
   * `page.appsmith.store`; widget meta state set so far is dropped unless `keepMeta` (an editor
   * reloading the page it shows). Rejects, naming the code, when the page's code hung so often
   * that it was stopped; a later `load` gives it a fresh worker.
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
  /**
   * Runs a widget's event handler: `runTrigger("Button1", "onClick")`. `locals` are names the
   * handler sees besides the page's (a Table's `currentRow`).
   */
  runTrigger(entity: string, event: string, locals?: Record<string, unknown>): Promise<TriggerResult>;
  /** Runs handler code (`{{ }}` text or plain JS). */
  runCode(code: string): Promise<TriggerResult>;
  /** Calls a JS object's or module instance's function. */
  callFunction(entity: string, fn: string, args: unknown[]): Promise<TriggerResult>;
  /** Runs what is marked runOnPageLoad (call after `load`). */
  runPageLoad(): Promise<void>;
  /**
   * Settles once a worker has a page and evaluates it: until its answer this thread has time
   * to spare (a new worker gets messages only after its script ran, and this thread's work
   * before then holds them back).
   */
  whenEvaluating(): Promise<void>;
  /** Stops the worker. */
  dispose(): void;
}

/** Options of `createEngineClient`. */
export interface EngineClientOptions {
  limits?: Partial<EngineLimits>;
  /** Extra time the worker gets past a limit before it is presumed stuck (default 1000 ms). */
  graceMs?: number;
  /**
   * Told when the worker was stuck and has been replaced or, after `MAX_RESTARTS`, stopped,
   * with a message naming the code; and again when code is asked to run after it stopped.
   */
  onError?: (message: string) => void;
}

/**
 * Starts the engine in a worker made by `createWorker` and returns its main-thread client.
 * When a trigger or evaluation overruns its limit and the worker stops answering, the worker
 * is terminated and replaced, the page re-sent as it stands (store, URL, widget values), and
 * the pending call fails naming the code. After `MAX_RESTARTS` restarts within
 * `RESTART_WINDOW_MS` the next hang stops the page's code instead: calls then fail at once.
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
  /** When the page's code was restarted lately. */
  let restarts: number[] = [];
  /** Set once the page's code was stopped for hanging too often: what to answer calls with. */
  let stopped: string | undefined;
  /** The code the worker said it runs (only a worker that traces says it). */
  let running: { label: string; binding: boolean } | undefined;
  /** The replacement worker's evaluation of the page, for loads the stuck worker lost. */
  let recovery: Promise<EvaluationResult> | undefined;

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
  let markEvaluating: () => void = () => {};
  const evaluating = new Promise<void>((resolve) => {
    markEvaluating = resolve;
  });
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
        followStore(message.changes.values);
        setState(applyChanges(state, message.changes));
        break;
      case "running":
        running = { label: message.label, binding: message.binding };
        break;
      case "evaluating":
        markEvaluating();
        break;
      case "loaded":
      case "done":
      case "result": {
        running = undefined;
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

  /**
   * User code changes the store inside the worker; the page kept here follows, so a
   * replacement worker starts from the store as it is, not as it was loaded.
   */
  function followStore(values: EvaluationResult["values"]): void {
    const appsmith = values.appsmith;
    if (page && appsmith && "store" in appsmith) {
      page = { ...page, appsmith: { ...page.appsmith, store: appsmith.store as Record<string, unknown> } };
    }
  }

  function carryOut(actionId: number, name: ActionName, args: unknown[]): void {
    // The worker has reset the widget: a replacement must not get the old values back.
    if (name === "resetWidget")
      for (const [key, [widget]] of metas) if (widget === args[0]) metas.delete(key);
    const current = generation;
    // A host that cannot ask runs without asking (see EngineHost.confirmRun).
    const method = (host[name] ?? (() => true)) as (...a: unknown[]) => Promise<unknown>;
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
      if (stopped !== undefined) return resolve({ type: "lost", error: stopped });
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

  /** The worker hangs: replace it and re-send the page, or stop the page's code if it hangs too often. */
  function restart(): void {
    awaitingPong = undefined;
    worker.terminate();
    const lost = [...pending.values()];
    pending.clear();
    const limitMs = Math.max(...lost.map((r) => r.limitMs), 0);
    const culprit = running
      ? running.binding
        ? `The binding ${running.label}`
        : running.label
      : lost.map((request) => request.label).join(", ") || "The page's code";
    running = undefined;
    const now = Date.now();
    restarts = restarts.filter((at) => now - at < RESTART_WINDOW_MS);
    const stop = restarts.length >= MAX_RESTARTS;
    const message = `${culprit} did not finish within ${limitMs} ms; the page's code was ${
      stop ? `stopped after ${MAX_RESTARTS} restarts` : "restarted"
    }`;
    if (stop) {
      stopped = message;
      ready = false;
      generation++;
    } else {
      restarts.push(now);
      start();
      if (page) {
        recovery = sendPage(page);
        // Nobody may be waiting for it (the worker hung in a trigger): it fails quietly then.
        recovery.catch(() => {});
      }
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
    if (stopped !== undefined && !disposed) {
      // A page loaded anew (another one, or an edit) gets a fresh worker; past restarts still
      // count, so one that hangs again is stopped at once.
      stopped = undefined;
      start();
    }
    return sendPage(next);
  }

  /** Sends the page with the widget values set so far; settles with its evaluation. */
  async function sendPage(sent: RuntimePage): Promise<EvaluationResult> {
    const now = Date.now();
    const answer = await request<"loaded">(
      {
        type: "load",
        id: nextId++,
        page: sent,
        metas: [...metas.values()],
        limits,
        trace: restarts.some((at) => now - at < RESTART_WINDOW_MS),
      },
      "Evaluating the page",
      limits.triggerMs,
    );
    if (answer.type === "loaded") {
      followStore(answer.state.values);
      setState(answer.state);
      return state;
    }
    if (disposed) return state;
    // The worker hung before it answered: restart() has sent the page to its replacement.
    if (stopped !== undefined || !recovery) throw new Error(answer.error);
    return recovery;
  }

  async function call(callRequest: CallRequest, label: string): Promise<TriggerResult> {
    const id = nextId++;
    if (stopped !== undefined) options.onError?.(stopped);
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
    runTrigger: (entity, event, locals) =>
      call({ kind: "trigger", entity, event, locals }, `${entity}.${event}`),
    runCode: (code) => call({ kind: "code", code }, "code"),
    callFunction: (entity, fn, args) => call({ kind: "function", entity, fn, args }, `${entity}.${fn}`),
    runPageLoad: async () => {
      await call({ kind: "pageLoad" }, "page load");
    },
    whenEvaluating: () => evaluating,
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
