import { parsingCodeSource } from "../compile/parsingCodeSource";
import { createWorkerEndpoint } from "./createWorkerEndpoint";
import type { WorkerLike, WorkerScopeLike } from "./WorkerLike";

type Listener = (event: { data: unknown }) => void;

/**
 * A stand-in for a Web Worker that runs the engine on the calling thread, message passing
 * included (each message is cloned and delivered in a later task, as a worker's would be).
 * For tests and hosts without workers: it gives no isolation from the page, and code that
 * never returns cannot be stopped from outside.
 */
export function createInlineWorker(): WorkerLike {
  const toMain: Listener[] = [];
  const toWorker: Listener[] = [];
  let terminated = false;
  const deliver = (listeners: Listener[], data: unknown) => {
    const copy = structuredClone(data);
    setTimeout(() => {
      if (terminated) return;
      for (const listener of listeners) listener({ data: copy });
    }, 0);
  };
  const scope: WorkerScopeLike = {
    postMessage: (message) => deliver(toMain, message),
    addEventListener: (_type, listener) => {
      toWorker.push(listener);
    },
  };
  createWorkerEndpoint(scope, { code: parsingCodeSource });
  return {
    postMessage: (message) => deliver(toWorker, message),
    addEventListener: (type: "message" | "error", listener: (event: never) => void) => {
      if (type === "message") toMain.push(listener as Listener);
    },
    terminate: () => {
      terminated = true;
    },
  };
}
