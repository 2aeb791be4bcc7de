import { describe, expect, it } from "vitest";
import type { EvaluationResult } from "../runtime/types";
import { createTestHost, createTestPage, ok } from "../test/createTestPage";
import { createEngineClient } from "./createEngineClient";
import { createInlineWorker } from "./createInlineWorker";
import type { WorkerLike } from "./WorkerLike";

const page = () =>
  createTestPage({
    widgets: [
      { name: "Input1", type: "Input", props: { defaultText: "a" } },
      { name: "Echo", type: "Text", props: { text: "{{Input1.text}} / {{appsmith.store.token ?? '-'}}" } },
      {
        name: "Go",
        type: "Button",
        props: { onClick: "{{Q.run().then((data) => storeValue('token', data.token))}}" },
      },
      { name: "Fn", type: "Any", props: { value: "{{JS.f}}" } },
    ],
    queries: [{ name: "Q", bindings: ["Input1.text"], runOnPageLoad: false }],
    jsObjects: [{ name: "JS", source: "export default { f: () => 1, n: 1 }", runOnPageLoad: [] }],
  });

/** Resolves with the first state `predicate` accepts. */
function stateWhere(
  client: ReturnType<typeof createEngineClient>,
  predicate: (state: EvaluationResult) => boolean,
) {
  return new Promise<EvaluationResult>((resolve) => {
    if (predicate(client.getState())) return resolve(client.getState());
    const stop = client.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve(state);
    });
  });
}

describe("createEngineClient", () => {
  it("loads a page, follows meta changes and carries out actions through the host", async () => {
    const { host, calls } = createTestHost(() => ok({ token: "t1" }));
    const client = createEngineClient(createInlineWorker, host);
    const first = await client.load(page());
    expect(first.values.Echo.text).toBe("a / -");
    // A function value cannot cross to the main thread; it arrives as nothing, not as a crash.
    expect(first.values.Fn).toEqual({});
    expect(first.errors).toEqual({});

    client.setMeta("Input1", "text", "typed");
    expect((await stateWhere(client, (s) => s.values.Echo.text === "typed / -")).values.Input1.text).toBe(
      "typed",
    );

    const result = await client.runTrigger("Go", "onClick");
    expect(result.ok).toBe(true);
    expect(calls).toEqual([
      ["runQuery", { query: "Q", values: { "Input1.text": "typed" } }],
      ["storeValue", "token", "t1", true],
    ]);
    expect(client.getState().values.Echo.text).toBe("typed / t1");
    client.dispose();
  });

  it("keeps the store across reloads and drops meta unless asked", async () => {
    const { host } = createTestHost();
    const client = createEngineClient(createInlineWorker, host);
    await client.load(page());
    client.setMeta("Input1", "text", "kept");
    const kept = await client.load(page(), { keepMeta: true });
    expect(kept.values.Input1.text).toBe("kept");
    const dropped = await client.load(page());
    expect(dropped.values.Input1.text).toBe("a");
    client.dispose();
  });

  it("replaces a worker that stops answering, names the code, and works again", async () => {
    const { host } = createTestHost();
    const made: string[] = [];
    // The first worker swallows everything after the page load, like one stuck in a loop.
    const createWorker = (): WorkerLike => {
      const inline = createInlineWorker();
      if (made.push(made.length === 0 ? "stuck" : "fresh") > 1) return inline;
      let loaded = false;
      return {
        postMessage: (message) => {
          if (!loaded) {
            loaded = true;
            inline.postMessage(message);
          }
        },
        addEventListener: inline.addEventListener,
        terminate: () => {
          made.push("terminated");
          inline.terminate();
        },
      };
    };
    const errors: string[] = [];
    const client = createEngineClient(createWorker, host, {
      limits: { triggerMs: 100 },
      graceMs: 50,
      onError: (message) => errors.push(message),
    });
    await client.load(page());
    client.setMeta("Input1", "text", "before");
    const stuck = await client.runTrigger("Go", "onClick");
    const message =
      "Evaluating after Input1.text changed, Go.onClick stopped responding and was stopped after 100 ms; the page's code was restarted";
    expect(stuck).toEqual({ ok: false, error: message });
    expect(errors).toEqual([message]);
    expect(made).toEqual(["stuck", "terminated", "fresh"]);
    // The new worker got the page back, with what the user had typed.
    const state = await stateWhere(client, (s) => s.values.Echo?.text === "before / -");
    expect(state.values.Input1.text).toBe("before");
    expect((await client.callFunction("JS", "f", [])).ok).toBe(true);
    client.dispose();
  });
});
