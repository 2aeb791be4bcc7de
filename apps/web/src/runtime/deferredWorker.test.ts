import type { WorkerLike } from "@tessera/engine";
import { describe, expect, it } from "vitest";
import { deferredWorker } from "./deferredWorker";

function recordingWorker() {
  const sent: unknown[] = [];
  const types: string[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (message) => void sent.push(message),
    addEventListener: (type: string) => void types.push(type),
    terminate: () => {
      terminated = true;
    },
  };
  return { worker, sent, types, isTerminated: () => terminated };
}

describe("deferredWorker", () => {
  it("makes the worker only on start, then delivers what was queued in order", () => {
    const real = recordingWorker();
    let made = 0;
    const worker = deferredWorker(() => {
      made++;
      return real.worker;
    });
    worker.addEventListener("message", () => {});
    worker.postMessage({ n: 1 });
    worker.postMessage({ n: 2 });
    expect(made).toBe(0);
    worker.start();
    worker.start();
    worker.postMessage({ n: 3 });
    expect(made).toBe(1);
    expect(real.types).toEqual(["message"]);
    expect(real.sent).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("never makes a worker once terminated", () => {
    let made = 0;
    const worker = deferredWorker(() => {
      made++;
      return recordingWorker().worker;
    });
    worker.terminate();
    worker.start();
    expect(made).toBe(0);
  });
});
