import { createWorkerEndpoint } from "./createWorkerEndpoint";
import type { WorkerLike } from "./WorkerLike";

/**
 * A stand-in for a Web Worker that runs the engine on the calling thread, message passing
 * included. For tests and for hosts without workers; it gives no isolation from the page and
 * a stuck script cannot be terminated.
 */
export function createInlineWorker(): WorkerLike {
  throw new Error("not implemented yet");
}
void createWorkerEndpoint;
