import type { WorkerLike } from "@tessera/engine";

/**
 * A worker that is started later: messages and listeners are kept until `start` makes the
 * real one. Lets a page with nothing to run on load paint before the engine's script
 * competes with it for the CPU.
 */
export interface DeferredWorker extends WorkerLike {
  start(): void;
}

export function deferredWorker(make: () => WorkerLike): DeferredWorker {
  let real: WorkerLike | undefined;
  let terminated = false;
  const queued: unknown[] = [];
  const listeners: [string, (event: never) => void][] = [];
  return {
    postMessage(message) {
      if (real) real.postMessage(message);
      else queued.push(message);
    },
    addEventListener(type: "message" | "error", listener: (event: never) => void) {
      if (real) (real.addEventListener as (t: string, l: (event: never) => void) => void)(type, listener);
      else listeners.push([type, listener]);
    },
    terminate() {
      terminated = true;
      real?.terminate();
    },
    start() {
      if (real || terminated) return;
      real = make();
      for (const [type, listener] of listeners) {
        (real.addEventListener as (t: string, l: (event: never) => void) => void)(type, listener);
      }
      for (const message of queued.splice(0)) real.postMessage(message);
    },
  };
}
