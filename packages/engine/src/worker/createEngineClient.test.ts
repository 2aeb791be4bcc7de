import { afterEach, describe, expect, it, vi } from "vitest";
import type { EvaluationResult } from "../runtime/types";
import { createTestHost, createTestPage, ok } from "../test/createTestPage";
import { createEngineClient, MAX_RESTARTS, RESTART_WINDOW_MS } from "./createEngineClient";
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

/**
 * Engine workers (inline) that can be made to stop answering, as one stuck in a loop would:
 * `hang()` stops the current worker, or the next one made, from its next message on.
 */
function hangingWorkers() {
  const made: string[] = [];
  let hangNext = false;
  return {
    made,
    hang: () => {
      hangNext = true;
    },
    createWorker: (): WorkerLike => {
      const inline = createInlineWorker();
      made.push("made");
      let hung = false;
      return {
        postMessage: (message) => {
          if (hangNext) [hung, hangNext] = [true, false];
          if (!hung) inline.postMessage(message);
        },
        addEventListener: inline.addEventListener,
        terminate: () => {
          made.push("terminated");
          inline.terminate();
        },
      };
    },
  };
}

/**
 * A worker that never finishes evaluating a page, as one stuck in a regular expression of the
 * binding Text1.text is; asked to say which code it runs, it names that binding first.
 */
function createStuckWorker(): WorkerLike {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const post = (data: unknown) =>
    setTimeout(() => {
      for (const listener of listeners) listener({ data });
    }, 0);
  post({ type: "ready" });
  return {
    postMessage: (message) => {
      const { type, trace } = message as { type: string; trace?: boolean };
      if (type === "load" && trace) post({ type: "running", label: "Text1.text", binding: true });
    },
    addEventListener: (type: "message" | "error", listener: (event: never) => void) => {
      if (type === "message") listeners.push(listener as (event: { data: unknown }) => void);
    },
    terminate: () => {},
  };
}

afterEach(() => {
  vi.useRealTimers();
});

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

  it("says when a worker has the page and evaluates it, before its answer", async () => {
    const { host } = createTestHost();
    const client = createEngineClient(createInlineWorker, host);
    const order: string[] = [];
    void client.whenEvaluating().then(() => order.push("evaluating"));
    await client.load(page()).then(() => order.push("loaded"));
    expect(order).toEqual(["evaluating", "loaded"]);
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
      "Evaluating after Input1.text changed, Go.onClick did not finish within 100 ms; the page's code was restarted";
    expect(stuck).toEqual({ ok: false, error: message });
    expect(errors).toEqual([message]);
    expect(made).toEqual(["stuck", "terminated", "fresh"]);
    // The new worker got the page back, with what the user had typed.
    const state = await stateWhere(client, (s) => s.values.Echo?.text === "before / -");
    expect(state.values.Input1.text).toBe("before");
    expect((await client.callFunction("JS", "f", [])).ok).toBe(true);
    client.dispose();
  });

  it("answers a page load the stuck worker lost with the replacement's evaluation", async () => {
    const { host } = createTestHost();
    const workers = hangingWorkers();
    workers.hang();
    const errors: string[] = [];
    const client = createEngineClient(workers.createWorker, host, {
      limits: { triggerMs: 50 },
      graceMs: 20,
      onError: (message) => errors.push(message),
    });
    const state = await client.load(page());
    // Not the empty state the lost request had: a page shown from it loses its static props.
    expect(state.values.Input1.text).toBe("a");
    expect(state.values.Echo.text).toBe("a / -");
    expect(workers.made).toEqual(["made", "terminated", "made"]);
    expect(errors).toEqual([
      "Evaluating the page did not finish within 50 ms; the page's code was restarted",
    ]);
    client.dispose();
  });

  it("re-sends the page as it stands: the store, the URL and widget values, less reset ones", async () => {
    const { host } = createTestHost();
    const workers = hangingWorkers();
    const client = createEngineClient(workers.createWorker, host, {
      limits: { triggerMs: 50 },
      graceMs: 20,
    });
    await client.load(
      createTestPage({
        widgets: [
          { name: "Input1", type: "Input", props: { defaultText: "a" } },
          { name: "Input2", type: "Input", props: { defaultText: "b" } },
          {
            name: "Echo",
            type: "Text",
            props: {
              text: "{{Input1.text}} {{Input2.text}} {{appsmith.store.token}} {{appsmith.URL.queryParams.id}}",
            },
          },
          { name: "Reset", type: "Button", props: { onClick: "{{resetWidget('Input2')}}" } },
        ],
      }),
    );
    client.setMeta("Input1", "text", "typed");
    client.setMeta("Input2", "text", "gone");
    await client.runTrigger("Reset", "onClick");
    await stateWhere(client, (s) => s.values.Echo.text === "typed b  ");
    const url = client.getState().values.appsmith.URL as Record<string, unknown>;
    client.setAppsmith({ URL: { ...url, queryParams: { id: "7" } } as never });
    workers.hang();
    // The worker hangs before it sees the new store: the replacement must get it all the same.
    client.setStore({ token: "t" });
    const state = await stateWhere(client, (s) => s.values.Echo.text === "typed b t 7");
    expect(state.values.Input2.text).toBe("b");
    expect(workers.made).toEqual(["made", "terminated", "made"]);
    client.dispose();
  });

  it(`stops restarting after ${MAX_RESTARTS} restarts within the window and names the binding`, async () => {
    const { host } = createTestHost();
    let made = 0;
    const errors: string[] = [];
    const client = createEngineClient(
      () => {
        made++;
        return createStuckWorker();
      },
      host,
      { limits: { triggerMs: 30 }, graceMs: 10, onError: (message) => errors.push(message) },
    );
    const stopped =
      "The binding Text1.text did not finish within 30 ms; the page's code was stopped after 3 restarts";
    await expect(client.load(page())).rejects.toThrow(stopped);
    expect(made).toBe(1 + MAX_RESTARTS);
    // The first worker had no reason to say what it ran; its replacements do.
    expect(errors).toEqual([
      "Evaluating the page did not finish within 30 ms; the page's code was restarted",
      "The binding Text1.text did not finish within 30 ms; the page's code was restarted",
      "The binding Text1.text did not finish within 30 ms; the page's code was restarted",
      stopped,
    ]);
    // Stopped means stopped: no worker comes back on its own, and what needs one says why.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(made).toBe(1 + MAX_RESTARTS);
    client.setMeta("Input1", "text", "x");
    expect(await client.runTrigger("Go", "onClick")).toEqual({ ok: false, error: stopped });
    expect(errors.at(-1)).toBe(stopped);
    expect(made).toBe(1 + MAX_RESTARTS);
    client.dispose();
  });

  it("counts only the restarts within the window", async () => {
    // Only the clock is fake (and runs on): the worker and the watchdog keep real timers.
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    const { host } = createTestHost();
    const workers = hangingWorkers();
    const errors: string[] = [];
    const client = createEngineClient(workers.createWorker, host, {
      limits: { triggerMs: 100 },
      graceMs: 50,
      onError: (message) => errors.push(message),
    });
    await client.load(page());
    const hangOnce = async () => {
      workers.hang();
      const result = await client.runTrigger("Go", "onClick");
      await stateWhere(client, (s) => s.values.Echo?.text === "a / -");
      return result;
    };
    for (let restart = 0; restart < MAX_RESTARTS; restart++) await hangOnce();
    vi.setSystemTime(Date.now() + RESTART_WINDOW_MS);
    // Those are past: as many again are allowed.
    for (let restart = 0; restart < MAX_RESTARTS; restart++) {
      expect(await hangOnce()).toEqual({
        ok: false,
        error: "Go.onClick did not finish within 100 ms; the page's code was restarted",
      });
    }
    expect(errors).toHaveLength(2 * MAX_RESTARTS);
    workers.hang();
    expect((await client.runTrigger("Go", "onClick")).ok).toBe(false);
    expect(errors.at(-1)).toMatch(/Go\.onClick did not finish .*stopped after 3 restarts$/);
    client.dispose();
  });

  it("starts a fresh worker for a page loaded after the code was stopped", async () => {
    const { host } = createTestHost();
    let made = 0;
    const client = createEngineClient(
      () => (made++ <= MAX_RESTARTS ? createStuckWorker() : createInlineWorker()),
      host,
      { limits: { triggerMs: 30 }, graceMs: 10 },
    );
    await expect(client.load(page())).rejects.toThrow(/stopped after 3 restarts/);
    // An edited page (or another one) may well not hang: it gets its chance.
    expect((await client.load(page())).values.Echo.text).toBe("a / -");
    expect((await client.callFunction("JS", "f", [])).ok).toBe(true);
    client.dispose();
  });

  it("stops the intervals of a page when the next page loads", async () => {
    const { host, calls } = createTestHost();
    const client = createEngineClient(createInlineWorker, host);
    await client.load(page());
    await client.runCode("{{ setInterval(() => showAlert('tick'), 10, 'clock') }}");
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(calls.some(([name]) => name === "showAlert")).toBe(true);
    await client.load(page());
    const ticks = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.length).toBe(ticks);
    client.dispose();
  });
});
