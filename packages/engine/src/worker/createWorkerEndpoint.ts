import type { WorkerScopeLike } from "./WorkerLike";

/**
 * Runs the engine inside a worker: call it once from the worker's entry file.
 *
 * @example
 * // apps/web/src/viewer/engineWorker.ts
 * import { createWorkerEndpoint } from "@tessera/engine";
 * createWorkerEndpoint(self);
 */
export function createWorkerEndpoint(scope: WorkerScopeLike): void {
  void scope;
  throw new Error("not implemented yet");
}
