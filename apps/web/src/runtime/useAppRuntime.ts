import { useSyncExternalStore } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";

/** The runtime's current snapshot; re-renders on every change. */
export function useAppRuntime(runtime: AppRuntime): AppRuntimeSnapshot {
  return useSyncExternalStore(runtime.subscribe, runtime.getSnapshot);
}
