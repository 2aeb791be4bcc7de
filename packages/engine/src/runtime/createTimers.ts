import { formatError } from "../evaluation/formatError";
import { currentBudget, startBudget } from "../sandbox/budget";

/** What the timers need from the runtime. */
export interface TimersContext {
  assertTrigger: (what: string) => void;
  /** Publishes what the callback changed (JS variables, store). */
  afterCallback: () => void;
  /** Reports an error thrown by a callback, which has no caller left to catch it. */
  onError: (message: string) => void;
  /** Aborted when the page goes: every pending timeout and interval is cancelled then. */
  signal?: AbortSignal;
}

/**
 * `setTimeout`, `clearTimeout`, `setInterval(fn, ms, id)` and `clearInterval(id)` for user
 * code. The worker's own are hidden from it because a callback must start with a fresh time
 * limit and publish its changes afterwards. An interval has a name of the author's choosing
 * (Appsmith's form): setting one under a name already running replaces it, so a handler that
 * runs twice never leaves two going.
 */
export function createTimers(context: TimersContext): Record<string, (...args: never[]) => unknown> {
  const nativeSetTimeout = globalThis.setTimeout;
  const nativeClearTimeout = globalThis.clearTimeout;
  const nativeSetInterval = globalThis.setInterval;
  const nativeClearInterval = globalThis.clearInterval;
  const timeouts = new Map<number, ReturnType<typeof setTimeout>>();
  const intervals = new Map<string, ReturnType<typeof setInterval>>();
  let nextId = 1;
  let nextIntervalId = 1;

  const runCallback = (
    callback: (...a: unknown[]) => unknown,
    args: unknown[],
    limitMs: number,
    label: string,
  ) => {
    startBudget(limitMs, label);
    try {
      const result = callback(...args);
      if (result instanceof Promise) result.catch((error: unknown) => context.onError(formatError(error)));
    } catch (error) {
      context.onError(formatError(error));
    } finally {
      context.afterCallback();
    }
  };

  context.signal?.addEventListener("abort", () => {
    for (const handle of timeouts.values()) nativeClearTimeout(handle);
    for (const handle of intervals.values()) nativeClearInterval(handle);
    timeouts.clear();
    intervals.clear();
  });

  return {
    setTimeout: (callback: unknown, delay: unknown = 0, ...args: unknown[]): number => {
      context.assertTrigger("setTimeout");
      if (typeof callback !== "function") throw new TypeError("setTimeout needs a function");
      const { limitMs, label } = currentBudget();
      const id = nextId++;
      const handle = nativeSetTimeout(
        () => {
          timeouts.delete(id);
          runCallback(callback as (...a: unknown[]) => unknown, args, limitMs, label);
        },
        Math.max(0, Number(delay) || 0),
      );
      timeouts.set(id, handle);
      return id;
    },
    clearTimeout: (id: unknown): void => {
      const handle = timeouts.get(id as number);
      if (handle === undefined) return;
      nativeClearTimeout(handle);
      timeouts.delete(id as number);
    },
    setInterval: (callback: unknown, delay: unknown, id?: unknown): string => {
      context.assertTrigger("setInterval");
      if (typeof callback !== "function") throw new TypeError("setInterval needs a function");
      const ms = Number(delay);
      // A tight interval would starve the page's other code; 10 ms is far below any use.
      if (!Number.isFinite(ms) || ms < 10)
        throw new RangeError("setInterval needs a delay of at least 10 ms");
      const name = id === undefined ? `interval${nextIntervalId++}` : String(id);
      const running = intervals.get(name);
      if (running !== undefined) nativeClearInterval(running);
      const { limitMs, label } = currentBudget();
      intervals.set(
        name,
        nativeSetInterval(
          () => runCallback(callback as (...a: unknown[]) => unknown, [], limitMs, label),
          ms,
        ),
      );
      return name;
    },
    clearInterval: (id: unknown): void => {
      const handle = intervals.get(String(id));
      if (handle === undefined) return;
      nativeClearInterval(handle);
      intervals.delete(String(id));
    },
  };
}
