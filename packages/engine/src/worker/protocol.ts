import type {
  AppsmithContext,
  EngineLimits,
  EvaluationChanges,
  EvaluationResult,
  RuntimePage,
  TriggerResult,
} from "../runtime/types";

/** Code the main thread asks the worker to run. */
export type CallRequest =
  | { kind: "trigger"; entity: string; event: string; locals?: Record<string, unknown> }
  | { kind: "code"; code: string }
  | { kind: "function"; entity: string; fn: string; args: unknown[] }
  | { kind: "pageLoad" };

/** Messages from the main thread to the worker. Plain data: they are structured-cloned. */
export type ToWorker =
  | {
      type: "load";
      id: number;
      page: RuntimePage;
      metas: [widget: string, key: string, value: unknown][];
      limits?: Partial<EngineLimits>;
      /**
       * Set for the page's code after it hung lately: the worker then says which code it runs
       * (`running`), so a hang can be blamed on a binding or function. Off otherwise: it costs
       * two messages per binding evaluated.
       */
      trace?: boolean;
    }
  | { type: "setMeta"; id: number; widget: string; key: string; value: unknown }
  | { type: "setStore"; id: number; store: Record<string, unknown> }
  | { type: "setAppsmith"; id: number; patch: Partial<Omit<AppsmithContext, "store">> }
  | { type: "call"; id: number; call: CallRequest }
  | { type: "actionResult"; actionId: number; ok: boolean; value?: unknown; error?: string }
  | { type: "ping"; id: number };

/** The host methods the worker asks the main thread to carry out. */
export type ActionName =
  | "runQuery"
  | "confirmRun"
  | "storeValue"
  | "removeValue"
  | "clearStore"
  | "clearVault"
  | "navigateTo"
  | "showAlert"
  | "resetWidget"
  | "copyToClipboard"
  | "download"
  | "showModal"
  | "closeModal";

/** Messages from the worker to the main thread. */
export type FromWorker =
  /** The worker has started; time limits count from here, not from its (slow) download. */
  | { type: "ready" }
  /** The page of load `id` has reached the worker, which evaluates it now. */
  | { type: "evaluating"; id: number }
  | { type: "loaded"; id: number; state: EvaluationResult }
  | { type: "changes"; changes: EvaluationChanges }
  /**
   * Sent only when tracing: the code about to run, a binding or a handler or function. It stays
   * the running code until the next `running`, or until an answer (loaded, done, result).
   */
  | { type: "running"; label: string; binding: boolean }
  /** A request without an answer of its own (setMeta, setStore) has been handled. */
  | { type: "done"; id: number }
  | { type: "result"; id: number; result: TriggerResult }
  | { type: "action"; actionId: number; name: ActionName; args: unknown[] }
  | { type: "pong"; id: number };
