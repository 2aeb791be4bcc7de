import { useCallback, useRef, useSyncExternalStore } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";

/**
 * One value of the runtime's snapshot; re-renders only when it changes (by `Object.is`), so
 * `select` must return what the snapshot holds, not a copy.
 * @example const page = useAppRuntimeValue(runtime, (snapshot) => snapshot.page);
 */
export function useAppRuntimeValue<T>(runtime: AppRuntime, select: (snapshot: AppRuntimeSnapshot) => T): T {
  return useSyncExternalStore(runtime.subscribe, () => select(runtime.getSnapshot()));
}

/**
 * One widget's parts of the snapshot, as a tuple that stays the same object while every part
 * is the same (by `Object.is`); woken only by changes that may touch that widget
 * (AppRuntime.subscribeWidget), so a keystroke in one Input of hundreds re-renders that Input
 * and what depends on it, and asks nothing of the others.
 * @example const [values, meta] = useWidgetParts(runtime, "Input1", (s) => [s.state.values.Input1, s.meta.Input1]);
 */
export function useWidgetParts<T extends readonly unknown[]>(
  runtime: AppRuntime,
  widget: string,
  select: (snapshot: AppRuntimeSnapshot) => T,
): T {
  const last = useRef<T | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => runtime.subscribeWidget(widget, listener),
    [runtime, widget],
  );
  return useSyncExternalStore(subscribe, () => {
    const next = select(runtime.getSnapshot());
    const previous = last.current;
    if (previous && previous.length === next.length && previous.every((part, i) => Object.is(part, next[i])))
      return previous;
    last.current = next;
    return next;
  });
}
