import type { CodeSource } from "../compile/CompiledCode";
import { formatError } from "../evaluation/formatError";
import { createPageRuntime } from "../runtime/createRuntime";
import type { Runtime } from "../runtime/Runtime";
import type { EngineHost, TriggerResult } from "../runtime/types";
import { traceBudget } from "../sandbox/budget";
import type { ActionName, CallRequest, FromWorker, ToWorker } from "./protocol";
import { toCloneable } from "./toCloneable";
import type { WorkerScopeLike } from "./WorkerLike";

/**
 * Worker globals that reach the network or storage. User code cannot name them (its scope
 * hides them), but code that finds the global object another way (a function's constructor)
 * should find nothing there either.
 */
const sealedGlobals = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "importScripts",
  "indexedDB",
  "caches",
  "Request",
  "BroadcastChannel",
  "Worker",
  "SharedWorker",
];

/**
 * Runs the engine inside a worker: call it once from the worker's entry file. It holds the
 * runtime, answers the main thread's requests, and asks the main thread to carry out the
 * framework actions and query runs.
 *
 * `code` analyses code a page's compiled form lacks: the parser (`parsingCodeSource`) where
 * drafts run; a viewer's worker leaves it out and ships no parser.
 *
 * @example
 * // apps/web/src/runtime/engine.worker.ts
 * import { createWorkerEndpoint, parsingCodeSource } from "@tessera/engine";
 * createWorkerEndpoint(self, { code: parsingCodeSource });
 */
export function createWorkerEndpoint(scope: WorkerScopeLike, options: { code?: CodeSource } = {}): void {
  const post = scope.postMessage.bind(scope);
  if ((scope as unknown) === globalThis) sealGlobals();

  /** The `running` message sent last, since the last answer; repeats are not sent again. */
  let traced: string | undefined;
  const send = (message: FromWorker) => {
    // The main thread forgets the running code when it gets an answer: say it again after one.
    if (message.type === "loaded" || message.type === "done" || message.type === "result") traced = undefined;
    try {
      post(message);
    } catch {
      // A value user code produced holds a function or a class instance: send what can be sent.
      post(toCloneable(message));
    }
  };
  const trace = (label: string, binding: boolean) => {
    const key = `${binding}:${label}`;
    if (key === traced) return;
    traced = key;
    send({ type: "running", label, binding });
  };

  let runtime: Runtime | undefined;
  let unsubscribe: (() => void) | undefined;
  let nextActionId = 1;
  const pendingActions = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  const ask =
    (name: ActionName) =>
    (...args: unknown[]) =>
      new Promise<never>((resolve, reject) => {
        const actionId = nextActionId++;
        pendingActions.set(actionId, { resolve: resolve as (value: unknown) => void, reject });
        send({ type: "action", actionId, name, args });
      });
  const host: EngineHost = {
    runQuery: ask("runQuery"),
    confirmRun: ask("confirmRun"),
    storeValue: ask("storeValue"),
    removeValue: ask("removeValue"),
    clearStore: ask("clearStore"),
    clearVault: ask("clearVault"),
    navigateTo: ask("navigateTo"),
    showAlert: ask("showAlert"),
    resetWidget: ask("resetWidget"),
    copyToClipboard: ask("copyToClipboard"),
    download: ask("download"),
    showModal: ask("showModal"),
    closeModal: ask("closeModal"),
  };

  const call = (request: CallRequest): Promise<TriggerResult> => {
    if (!runtime) return Promise.resolve({ ok: false, error: "No page is loaded" });
    switch (request.kind) {
      case "trigger":
        return runtime.runTrigger(request.entity, request.event, request.locals);
      case "code":
        return runtime.runCode(request.code);
      case "function":
        return runtime.callFunction(request.entity, request.fn, request.args);
      case "pageLoad":
        return runtime.runPageLoad().then(() => ({ ok: true, value: undefined }));
    }
  };

  scope.addEventListener("message", (event) => {
    const message = event.data as ToWorker;
    switch (message.type) {
      case "load": {
        send({ type: "evaluating", id: message.id });
        unsubscribe?.();
        // The page going away takes its timers with it (an interval must not tick on).
        runtime?.dispose();
        traceBudget(message.trace ? trace : undefined);
        try {
          runtime = createPageRuntime(message.page, host, { limits: message.limits, code: options.code });
          for (const [widget, key, value] of message.metas) runtime.setMeta(widget, key, value);
          unsubscribe = runtime.subscribe((changes) => send({ type: "changes", changes }));
          send({ type: "loaded", id: message.id, state: runtime.getState() });
        } catch (error) {
          runtime = undefined;
          send({
            type: "loaded",
            id: message.id,
            state: { values: {}, errors: { page: formatError(error) } },
          });
        }
        break;
      }
      case "setMeta":
        runtime?.setMeta(message.widget, message.key, message.value);
        send({ type: "done", id: message.id });
        break;
      case "setStore":
        runtime?.setStore(message.store);
        send({ type: "done", id: message.id });
        break;
      case "setAppsmith":
        runtime?.setAppsmith(message.patch);
        send({ type: "done", id: message.id });
        break;
      case "call":
        call(message.call).then(
          (result) => send({ type: "result", id: message.id, result }),
          (error: unknown) =>
            send({ type: "result", id: message.id, result: { ok: false, error: formatError(error) } }),
        );
        break;
      case "actionResult": {
        const action = pendingActions.get(message.actionId);
        pendingActions.delete(message.actionId);
        if (!action) break;
        if (message.ok) action.resolve(message.value);
        else action.reject(new Error(message.error ?? "The action failed"));
        break;
      }
      case "ping":
        send({ type: "pong", id: message.id });
        break;
    }
  });
  send({ type: "ready" });
}

function sealGlobals(): void {
  for (const name of sealedGlobals) {
    try {
      Object.defineProperty(globalThis, name, { value: undefined, writable: false, configurable: false });
    } catch {
      // Some are non-configurable in some browsers; the scope still hides them from user code.
    }
  }
  // `(() => {}).constructor("return this")()` is the classic way out of a scope to the global
  // object. The engine compiles with the `Function` binding, which stays; the way to it
  // through any function's prototype closes.
  const samples = [() => {}, async () => {}, function* () {}, async function* () {}];
  for (const sample of samples) {
    try {
      Object.defineProperty(Object.getPrototypeOf(sample), "constructor", {
        value: undefined,
        writable: false,
        configurable: false,
      });
    } catch {
      // Already sealed.
    }
  }
}
