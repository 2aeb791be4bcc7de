import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createTestHost, createTestPage } from "../test/createTestPage";
import { createEngineClient, MAX_RESTARTS } from "./createEngineClient";
import type { WorkerLike } from "./WorkerLike";

/** A Node worker thread dressed as a Web Worker. */
function createThread(): WorkerLike {
  const file = new URL("../test/nodeEngineWorker.ts", import.meta.url).href;
  // `--import tsx` in execArgv does not reach worker threads on Node 20; registering tsx from
  // inside the thread does.
  const worker = new Worker(
    `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); });`,
    { eval: true },
  );
  return {
    postMessage: (message) => worker.postMessage(message),
    addEventListener: (type: "message" | "error", listener: (event: never) => void) => {
      worker.on(type, (data: unknown) =>
        (listener as (event: unknown) => void)(type === "message" ? { data } : data),
      );
    },
    terminate: () => void worker.terminate(),
  };
}

describe("createEngineClient with a real worker thread", () => {
  it("terminates a thread stuck where no deadline check can reach, and carries on", async () => {
    const { host } = createTestHost();
    const errors: string[] = [];
    const client = createEngineClient(createThread, host, {
      limits: { triggerMs: 300 },
      graceMs: 300,
      onError: (message) => errors.push(message),
    });
    await client.load(
      createTestPage({
        widgets: [
          { name: "Input1", type: "Input", props: { defaultText: `${"a".repeat(40)}!` } },
          // Catastrophic backtracking runs inside the regex engine: only terminating the thread stops it.
          { name: "Check", type: "Button", props: { onClick: "{{ /^(a+)+$/.test(Input1.text) }}" } },
          { name: "Fine", type: "Button", props: { onClick: "{{ Input1.text.length }}" } },
          { name: "Loop", type: "Button", props: { onClick: "{{ (() => { while (true) {} })() }}" } },
        ],
      }),
    );
    // An endless loop meets a deadline check inside the thread: no restart needed.
    expect(await client.runTrigger("Loop", "onClick")).toEqual({
      ok: false,
      error: "TimeoutError: Loop.onClick ran longer than 300 ms and was stopped",
    });
    expect(errors).toEqual([]);
    const stuck = await client.runTrigger("Check", "onClick");
    expect(stuck).toEqual({
      ok: false,
      error: "Check.onClick did not finish within 300 ms; the page's code was restarted",
    });
    expect(errors).toHaveLength(1);
    expect(await client.runTrigger("Fine", "onClick")).toEqual({ ok: true, value: 41 });
    client.dispose();
  }, 20_000);

  it("stops a page whose binding hangs each time it is evaluated, and names the binding", async () => {
    const { host } = createTestHost();
    const errors: string[] = [];
    let threads = 0;
    const client = createEngineClient(
      () => {
        threads++;
        return createThread();
      },
      host,
      { limits: { triggerMs: 300 }, graceMs: 300, onError: (message) => errors.push(message) },
    );
    const page = createTestPage({
      widgets: [
        { name: "Input1", type: "Input", props: { defaultText: `${"a".repeat(40)}!` } },
        { name: "Label1", type: "Text", props: { text: "{{Input1.text.length}}" } },
        { name: "Text1", type: "Text", props: { text: "{{ /^(a+)+$/.test(Input1.text) }}" } },
      ],
    });
    const stopped =
      "The binding Text1.text did not finish within 300 ms; the page's code was stopped after 3 restarts";
    await expect(client.load(page)).rejects.toThrow(stopped);
    expect(threads).toBe(1 + MAX_RESTARTS);
    expect(errors.at(-1)).toBe(stopped);
    expect(errors).toHaveLength(1 + MAX_RESTARTS);
    expect(await client.runTrigger("Input1", "onSubmit")).toEqual({ ok: false, error: stopped });
    expect(threads).toBe(1 + MAX_RESTARTS);
    client.dispose();
  }, 40_000);

  it("closes the ways from user code to the worker's global object", async () => {
    const { host } = createTestHost();
    const client = createEngineClient(createThread, host);
    const probes = {
      viaConstructor: "{{ typeof (() => {}).constructor }}",
      viaAsyncConstructor: "{{ typeof (async () => {}).constructor }}",
      viaArray: "{{ typeof [].constructor.constructor }}",
      fetchByName: "{{ typeof fetch }}",
      stillWorks: "{{ [1, 2].map((n) => n * 2).join() }}",
    };
    const state = await client.load(createTestPage({ widgets: [{ name: "P", type: "Any", props: probes }] }));
    expect(state.values.P).toEqual({
      viaConstructor: "undefined",
      viaAsyncConstructor: "undefined",
      viaArray: "undefined",
      fetchByName: "undefined",
      stillWorks: "2,4",
    });
    client.dispose();
  }, 20_000);
});
