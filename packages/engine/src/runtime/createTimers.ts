import { formatError } from "../evaluation/formatError";
import { currentBudget, startBudget } from "../sandbox/budget";

/** What the timers need from the runtime. */
export interface TimersContext {
  assertTrigger: (what: string) => void;
  /** Publishes what the callback changed (JS variables, store). */
  afterCallback: () => void;
  /** Reports an error thrown by a callback, which has no caller left to catch it. */
  onError: (message: string) => void;
}

/**
 * `setTimeout` and `clearTimeout` for user code. The worker's own are hidden from it because
 * a callback must start with a fresh time limit and publish its changes afterwards.
 */
export function createTimers(context: TimersContext): Record<string, (...args: never[]) => unknown> {
  const nativeSetTimeout = globalThis.setTimeout;
  const nativeClearTimeout = globalThis.clearTimeout;
  const handles = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 1;
  return {
    setTimeout: (callback: unknown, delay: unknown = 0, ...args: unknown[]): number => {
      context.assertTrigger("setTimeout");
      if (typeof callback !== "function") throw new TypeError("setTimeout needs a function");
      const { limitMs, label } = currentBudget();
      const id = nextId++;
      const handle = nativeSetTimeout(
        () => {
          handles.delete(id);
          startBudget(limitMs, label);
          try {
            const result = callback(...args);
            if (result instanceof Promise)
              result.catch((error: unknown) => context.onError(formatError(error)));
          } catch (error) {
            context.onError(formatError(error));
          } finally {
            context.afterCallback();
          }
        },
        Math.max(0, Number(delay) || 0),
      );
      handles.set(id, handle);
      return id;
    },
    clearTimeout: (id: unknown): void => {
      const handle = handles.get(id as number);
      if (handle === undefined) return;
      nativeClearTimeout(handle);
      handles.delete(id as number);
    },
  };
}
