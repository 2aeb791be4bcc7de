import { useSyncExternalStore } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";

/**
 * One value of the runtime's snapshot; re-renders only when it changes (by `Object.is`), so
 * `select` must return what the snapshot holds, not a copy: a keystroke in one Input then
 * re-renders that Input and what depends on it, not the page.
 * @example const page = useAppRuntimeValue(runtime, (snapshot) => snapshot.page);
 */
export function useAppRuntimeValue<T>(runtime: AppRuntime, select: (snapshot: AppRuntimeSnapshot) => T): T {
  return useSyncExternalStore(runtime.subscribe, () => select(runtime.getSnapshot()));
}
