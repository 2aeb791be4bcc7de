import { describe, expect, it } from "vitest";
import { createTestHost, createTestPage, failed, ok } from "../test/createTestPage";
import { createRuntime } from "./parsingRuntime";
import type { AppsmithUrl, RuntimePage, RuntimeWidget } from "./types";

const text = (name: string, value: unknown, extra: Record<string, unknown> = {}): RuntimeWidget => ({
  name,
  type: "Text",
  props: { text: value, ...extra },
});
const input = (name: string, props: Record<string, unknown> = {}): RuntimeWidget => ({
  name,
  type: "Input",
  props,
});
const button = (name: string, onClick: string): RuntimeWidget => ({
  name,
  type: "Button",
  props: { onClick },
});

function run(page: RuntimePage, answer?: Parameters<typeof createTestHost>[0], triggerMs?: number) {
  const test = createTestHost(answer);
  const runtime = createRuntime(page, test.host, triggerMs ? { limits: { triggerMs } } : {});
  return { runtime, ...test };
}

describe("evaluation", () => {
  it("evaluates in dependency order, whatever the widget order", () => {
    const { runtime } = run(
      createTestPage({
        widgets: [
          text("Text3", "{{Text2.text + '!'}}"),
          text("Text2", "Hello {{Text1.text}}"),
          text("Text1", "{{Input1.text.toUpperCase()}}"),
          input("Input1", { defaultText: "ada" }),
        ],
      }),
    );
    expect(runtime.getState().values.Text3.text).toBe("Hello ADA!");
    expect(runtime.getState().errors).toEqual({});
  });

  const values: [string, unknown, unknown][] = [
    ["a lone binding keeps its number", "{{1 + 1}}", 2],
    ["a lone binding keeps its object", "{{ { a: { b: 1 } } }}", { a: { b: 1 } }],
    ["a lone binding keeps its array", "{{[1, 2].map((n) => n * 2)}}", [2, 4]],
    ["text with a binding is text", "n={{1 + 1}}", "n=2"],
    ["objects inside text are JSON", "v: {{ {a: 1} }}", 'v: {"a":1}'],
    ["undefined inside text is empty", "[{{undefined}}]", "[]"],
    ["two bindings", "{{1}}{{2}}", "12"],
    ["unbalanced braces stay text", "{{}}{{}}}", "}"],
    ["standard globals are there", "{{Math.max(1, 3) + JSON.stringify([1]).length}}", 6],
  ];
  it.each(values)("%s", (_name, raw, expected) => {
    const { runtime } = run(createTestPage({ widgets: [{ name: "W", type: "Any", props: { value: raw } }] }));
    expect(runtime.getState().values.W.value).toEqual(expected);
    expect(runtime.getState().errors).toEqual({});
  });

  const errors: [string, RuntimeWidget[], string, string][] = [
    ["an unknown name", [text("T", "{{Nope.text}}")], "T.text", "ReferenceError: Nope is not defined"],
    ["a thrown error", [text("T", "{{(() => { throw new Error('boom') })()}}")], "T.text", "boom"],
    [
      "a type error while reading",
      [text("T", "{{Input1.missing.deeper}}"), input("Input1")],
      "T.text",
      "TypeError: Cannot read properties of undefined (reading 'deeper')",
    ],
    [
      "a value of the wrong type",
      [text("T", "{{ {a: 1} }}")],
      "T.text",
      "This value does not evaluate to text: got an object",
    ],
    [
      "a static value of the wrong type",
      [text("T", "hi", { isVisible: "maybe" })],
      "T.isVisible",
      'This value does not evaluate to true or false: got string "maybe"',
    ],
    [
      "a syntax error",
      [text("T", "{{ 1 + }}")],
      "T.text",
      "SyntaxError: Unexpected token (line 2, column 1)",
    ],
    [
      "a cycle",
      [text("A", "{{B.text}}"), text("B", "{{A.text}}")],
      "A.text",
      "Cyclic dependency: A.text → B.text → A.text",
    ],
    [
      "a Promise",
      [text("T", "{{Promise.resolve(1)}}")],
      "T.text",
      "This binding evaluates to a Promise, but a binding needs a value now: run async code from an event handler",
    ],
    [
      "an action in a binding",
      [text("T", "{{storeValue('a', 1)}}")],
      "T.text",
      "storeValue can only run in event handlers and the functions they call, not in a binding",
    ],
  ];
  it.each(errors)("turns %s into that property's error", (_name, widgets, path, message) => {
    const { runtime } = run(createTestPage({ widgets }));
    const state = runtime.getState();
    expect(state.errors[path]).toBe(message);
    const [entity, prop] = path.split(".");
    expect(state.values[entity][prop]).toBeUndefined();
  });

  it("keeps the rest of the page working around errors", () => {
    const { runtime } = run(
      createTestPage({ widgets: [text("Bad", "{{Nope}}"), text("Good", "{{1 + 1}}")] }),
    );
    expect(runtime.getState().values.Good.text).toBe("2");
  });

  it("hides the worker's globals from user code", () => {
    const probes = [
      "self",
      "globalThis",
      "fetch",
      "XMLHttpRequest",
      "importScripts",
      "postMessage",
      "indexedDB",
      "caches",
      "document",
      "localStorage",
    ];
    const { runtime } = run(
      createTestPage({
        widgets: probes.map((name, i) => ({
          name: `P${i}`,
          type: "Any",
          props: { v: `{{typeof ${name}}}` },
        })),
      }),
    );
    const state = runtime.getState();
    expect(probes.map((_, i) => state.values[`P${i}`].v)).toEqual(probes.map(() => "undefined"));
  });
});

describe("changes", () => {
  const page = () =>
    createTestPage({
      widgets: [
        input("Input1", { defaultText: "a" }),
        text("Echo", "{{Input1.text}}"),
        text("Length", "{{Echo.text.length}}"),
        text("Other", "{{Input2.text}}"),
        input("Input2"),
        text("Token", "{{appsmith.store.token ?? 'none'}}"),
      ],
    });

  it("re-evaluates only what depends on a meta change", () => {
    const { runtime } = run(page());
    const changes = runtime.setMeta("Input1", "text", "hello");
    expect(changes.values).toEqual({
      Input1: { text: "hello" },
      Echo: { text: "hello" },
      Length: { text: "5" },
    });
    expect(runtime.getState().values.Other.text).toBe("");
  });

  it("re-evaluates what read a store key when the store is set", () => {
    const { runtime } = run(page());
    const changes = runtime.setStore({ token: "t1" });
    expect(changes.values.Token).toEqual({ text: "t1" });
    expect(Object.keys(changes.values).sort()).toEqual(["Token", "appsmith"]);
    expect(runtime.setStore({ token: "t1" }).values).toEqual({});
  });

  it("tells subscribers about every change", () => {
    const { runtime } = run(page());
    const seen: unknown[] = [];
    runtime.subscribe((changes) => seen.push(changes.values));
    runtime.setMeta("Input2", "text", "x");
    expect(seen).toEqual([{ Input2: { text: "x" }, Other: { text: "x" } }]);
  });

  it("re-evaluates what reads the URL, user or mode when they change", () => {
    const { runtime } = run(
      createTestPage({
        widgets: [
          text("Id", "{{appsmith.URL.queryParams.id ?? 'none'}}"),
          text("Who", "{{appsmith.user?.email ?? 'nobody'}}"),
        ],
      }),
    );
    const changes = runtime.setAppsmith({
      URL: { ...(runtime.getState().values.appsmith.URL as AppsmithUrl), queryParams: { id: "7" } },
      user: { email: "a@b.c" },
    });
    expect(changes.values.Id).toEqual({ text: "7" });
    expect(changes.values.Who).toEqual({ text: "a@b.c" });
  });

  it("clears an error once the cause is gone", () => {
    const { runtime } = run(
      createTestPage({ widgets: [input("Input1"), text("T", "{{JSON.parse(Input1.text).a}}")] }),
    );
    expect(runtime.getState().errors["T.text"]).toMatch(/SyntaxError/);
    const changes = runtime.setMeta("Input1", "text", '{"a": 7}');
    expect(changes.errors).toEqual({ "T.text": null });
    expect(runtime.getState().values.T.text).toBe("7");
  });
});

describe("JS objects", () => {
  const source = `export default {
  count: 2,
  items: [1, 2, 3],
  double: (n) => n * 2,
  total() { return this.items.reduce((a, b) => a + b, 0) * this.count },
  greet: function () { return "Hi " + Input1.text },
  async later() { return 1 },
  inc() { this.count++ },
}`;
  const page = () =>
    createTestPage({
      widgets: [
        input("Input1", { defaultText: "Ada" }),
        text("Total", "{{JSObject1.total()}}"),
        text("Greeting", "{{JSObject1.greet()}}"),
        text("Count", "{{JSObject1.count}}"),
        text("Later", "{{JSObject1.later()}}"),
      ],
      jsObjects: [{ name: "JSObject1", source, runOnPageLoad: [] }],
    });

  it("exposes functions to bindings, with `this` as the object", () => {
    const { runtime } = run(page());
    const state = runtime.getState();
    expect(state.values.Total.text).toBe("12");
    expect(state.values.Greeting.text).toBe("Hi Ada");
    expect(state.values.JSObject1).toEqual({ count: 2, items: [1, 2, 3] });
  });

  it("re-evaluates bindings through the functions that read a change", () => {
    const { runtime } = run(page());
    expect(runtime.setMeta("Input1", "text", "Bo").values.Greeting).toEqual({ text: "Hi Bo" });
  });

  it("says so when an async function is used where a value is needed", () => {
    const { runtime } = run(page());
    expect(runtime.getState().errors["Later.text"]).toBe(
      "JSObject1.later returns a Promise, but a binding needs a value now: run async functions from an event handler",
    );
  });

  it("keeps variables as state and re-evaluates what reads them", async () => {
    const { runtime } = run(page());
    const result = await runtime.callFunction("JSObject1", "inc", []);
    expect(result).toEqual({ ok: true, value: undefined });
    const state = runtime.getState();
    expect(state.values.JSObject1.count).toBe(3);
    expect(state.values.Count.text).toBe("3");
    expect(state.values.Total.text).toBe("18");
  });

  it("keeps an async function's last result as .data for bindings", async () => {
    const { runtime } = run(
      createTestPage({
        widgets: [text("Loaded", "{{JSObject2.load.data ?? 'nothing yet'}}")],
        jsObjects: [
          {
            name: "JSObject2",
            source: "export default { async load() { await null; return 'rows' } }",
            runOnPageLoad: ["load"],
          },
        ],
      }),
    );
    expect(runtime.getState().values.Loaded.text).toBe("nothing yet");
    await runtime.runPageLoad();
    expect(runtime.getState().values.Loaded.text).toBe("rows");
  });

  it("reports a syntax error with its position and keeps the page running", () => {
    const { runtime } = run(
      createTestPage({
        widgets: [text("T", "{{1}}")],
        jsObjects: [{ name: "JS2", source: "export default {\n  a: 1,\n  b: () => {\n}", runOnPageLoad: [] }],
      }),
    );
    expect(runtime.getState().errors["JS2.body"]).toBe("SyntaxError: Unexpected token (line 4, column 2)");
    expect(runtime.getState().values.T.text).toBe("1");
  });
});

describe("queries and actions", () => {
  it("runs an app query with its evaluated bindings and exposes its state", async () => {
    const { runtime, calls } = run(
      createTestPage({
        widgets: [
          input("Input1", { defaultText: "42" }),
          button("Go", "{{Users.run({ page: 2 })}}"),
          text("Rows", "{{Users.data.length}}"),
        ],
        queries: [{ name: "Users", bindings: ["this.params.page", "Input1.text"], runOnPageLoad: false }],
      }),
      () => ok([{ id: 1 }, { id: 2 }]),
    );
    const loading: unknown[] = [];
    runtime.subscribe((changes) => {
      if (changes.values.Users && "isLoading" in changes.values.Users)
        loading.push(changes.values.Users.isLoading);
    });
    const result = await runtime.runTrigger("Go", "onClick");
    expect(result).toEqual({ ok: true, value: [{ id: 1 }, { id: 2 }] });
    expect(calls[0]).toEqual([
      "runQuery",
      { query: "Users", values: { "this.params.page": 2, "Input1.text": "42" } },
    ]);
    expect(loading).toEqual([true, false]);
    const state = runtime.getState();
    expect(state.values.Rows.text).toBe("2");
    expect(state.values.Users.responseMeta).toMatchObject({ statusCode: 200, isExecutionSuccess: true });
  });

  it("rejects with the upstream's message and alerts it when nothing catches it", async () => {
    const { runtime, calls } = run(
      createTestPage({
        widgets: [button("Go", "{{Users.run()}}")],
        queries: [{ name: "Users", bindings: [], runOnPageLoad: false }],
      }),
      () => failed({ code: 400, error_code: "invalid_credentials", msg: "Invalid login credentials" }),
    );
    const result = await runtime.runTrigger("Go", "onClick");
    expect(result).toEqual({ ok: false, error: "Invalid login credentials" });
    expect(calls.at(-1)).toEqual(["showAlert", "Invalid login credentials", "error"]);
    expect(runtime.getState().values.Users.error).toBe("Invalid login credentials");
  });

  it("makes storeValue visible at once, and carries out every action through the host", async () => {
    const { runtime, calls } = run(createTestPage({ widgets: [text("T", "{{appsmith.store.n ?? 0}}")] }));
    const result = await runtime.runCode(`{{
      storeValue('n', 1);
      const seen = appsmith.store.n;
      storeValue('tmp', 'x', false);
      removeValue('tmp');
      navigateTo('Home', { id: 3 });
      showAlert('done ' + seen, 'success');
      resetWidget('T');
      return seen;
    }}`);
    expect(result).toEqual({ ok: true, value: 1 });
    expect(calls).toEqual([
      ["storeValue", "n", 1, true],
      ["storeValue", "tmp", "x", false],
      ["removeValue", "tmp"],
      ["navigateTo", "Home", { id: 3 }, "SAME_WINDOW"],
      ["showAlert", "done 1", "success"],
      ["resetWidget", "T", true],
    ]);
    expect(runtime.getState().values.appsmith.store).toEqual({ n: 1 });
    expect(runtime.getState().values.T.text).toBe("1");
  });

  it("copies text and downloads data through the host, objects as JSON", async () => {
    const { runtime, calls } = run(createTestPage({ widgets: [] }));
    const result = await runtime.runCode(
      "{{ copyToClipboard('abc'); download({ a: 1 }, 'a.json'); download('x,y', 'a.csv', 'text/csv') }}",
    );
    expect(result.ok).toBe(true);
    expect(calls).toEqual([
      ["copyToClipboard", "abc"],
      ["download", '{\n  "a": 1\n}', "a.json", "application/json"],
      ["download", "x,y", "a.csv", "text/csv"],
    ]);
    expect(await runtime.runCode("{{ download('x') }}")).toEqual({
      ok: false,
      error: "TypeError: download needs a file name",
    });
  });

  it("downloads a list of rows as CSV when the type or the file name says so", async () => {
    const { runtime, calls } = run(createTestPage({ widgets: [] }));
    const rows = "[{ id: 1, name: 'Ada' }, { id: 2, name: 'Bo, B.' }]";
    const result = await runtime.runCode(
      `{{ download(${rows}, 'people.csv'); download(${rows}, 'people', 'text/csv'); download(${rows}, 'people.json') }}`,
    );
    expect(result.ok).toBe(true);
    const csv = 'id,name\r\n1,Ada\r\n2,"Bo, B."\r\n';
    expect(calls.slice(0, 2)).toEqual([
      ["download", csv, "people.csv", "text/csv"],
      ["download", csv, "people", "text/csv"],
    ]);
    expect(calls[2]?.[3]).toBe("application/json");
    expect(await runtime.runCode("{{ download(42, 'n.csv') }}")).toEqual({
      ok: false,
      error: "TypeError: download as CSV needs an array of objects (rows), or a text",
    });
  });

  it("opens and closes a modal: its isOpen changes before the host is told", async () => {
    const page = createTestPage({
      widgets: [
        { name: "Modal1", type: "Modal", props: {} },
        text("State", "{{Modal1.isOpen ? 'open' : 'closed'}}"),
      ],
      widgetTypes: {
        ...createTestPage().widgetTypes,
        Modal: { props: {}, meta: { isOpen: false }, events: [] },
      },
    });
    const { runtime, calls } = run(page);
    expect(runtime.getState().values.State.text).toBe("closed");
    expect(await runtime.runCode("{{ showModal('Modal1') }}")).toEqual({ ok: true, value: undefined });
    expect(runtime.getState().values.State.text).toBe("open");
    await runtime.runCode("{{ closeModal('Modal1') }}");
    expect(runtime.getState().values.State.text).toBe("closed");
    expect(calls).toEqual([
      ["showModal", "Modal1"],
      ["closeModal", "Modal1"],
    ]);
    expect(await runtime.runCode("{{ showModal('State') }}")).toEqual({
      ok: false,
      error: "State is not a modal",
    });
  });

  it("gives a handler the locals it is run with, ahead of the page's names, read-only", async () => {
    const page = createTestPage({
      widgets: [
        {
          name: "T",
          type: "Table",
          props: { "onClick:edit": "{{ showAlert(currentRow.name + ' ' + currentIndex) }}" },
        },
      ],
      widgetTypes: { ...createTestPage().widgetTypes, Table: { props: {}, meta: {}, events: ["onClick:*"] } },
    });
    const { runtime, calls } = run(page);
    const result = await runtime.runTrigger("T", "onClick:edit", {
      currentRow: { name: "Ada" },
      currentIndex: 4,
    });
    expect(result.ok).toBe(true);
    expect(calls).toEqual([["showAlert", "Ada 4", "info"]]);
    const write = createTestPage({
      widgets: [{ name: "T", type: "Table", props: { "onClick:x": "{{ currentRow.name = 'x' }}" } }],
      widgetTypes: { ...createTestPage().widgetTypes, Table: { props: {}, meta: {}, events: ["onClick:*"] } },
    });
    const second = run(write);
    const refused = await second.runtime.runTrigger("T", "onClick:x", { currentRow: { name: "Ada" } });
    expect(refused.ok).toBe(false);
  });

  it.each([
    ["a widget property", "{{ Input1.text = 'x' }}", "TypeError: Input1.text cannot be changed from code"],
    ["a query's data", "{{ Users.data = [] }}", "TypeError: Users.data cannot be changed from code"],
    ["the store directly", "{{ appsmith.store.token = 'x' }}", "TypeError: Cannot add property token"],
  ])("refuses to let code change %s behind the engine's back", async (_name, code, message) => {
    const { runtime } = run(
      createTestPage({
        widgets: [input("Input1")],
        queries: [{ name: "Users", bindings: [], runOnPageLoad: false }],
      }),
    );
    const result = await runtime.runCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
    expect(runtime.getState().values.Input1.text).toBe("");
  });

  it("runs a handler that names a function instead of calling it", async () => {
    const { runtime } = run(
      createTestPage({
        widgets: [button("Go", "{{JS.go}}")],
        jsObjects: [{ name: "JS", source: "export default { go() { return 'went' } }", runOnPageLoad: [] }],
      }),
    );
    expect(await runtime.runTrigger("Go", "onClick")).toEqual({ ok: true, value: "went" });
  });

  it("runs setTimeout callbacks with the framework functions and publishes their changes", async () => {
    const { runtime, calls } = run(
      createTestPage({ widgets: [text("T", "{{appsmith.store.later ?? 'no'}}")] }),
    );
    const seen: unknown[] = [];
    runtime.subscribe((changes) => {
      if (changes.values.T) seen.push(changes.values.T.text);
    });
    await runtime.runCode(
      "{{ setTimeout(() => storeValue('later', 'yes'), 5); const id = setTimeout(() => storeValue('never', 1), 5); clearTimeout(id) }}",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(["yes"]);
    expect(calls).toEqual([["storeValue", "later", "yes", true]]);
  });

  it.each([
    ["removeValue", "{{ removeValue('a') }}", { b: 2 }],
    ["clearStore", "{{ clearStore() }}", {}],
  ])("re-evaluates store readers after %s", async (_name, code, expected) => {
    const page = createTestPage({ widgets: [text("T", "{{JSON.stringify(appsmith.store)}}")] });
    const { runtime } = run({ ...page, appsmith: { ...page.appsmith, store: { a: 1, b: 2 } } });
    await runtime.runCode(code);
    expect(runtime.getState().values.T.text).toBe(JSON.stringify(expected));
  });

  it("clears a query's data", async () => {
    const { runtime } = run(
      createTestPage({
        widgets: [text("T", "{{Q.data ?? 'empty'}}")],
        queries: [{ name: "Q", bindings: [], runOnPageLoad: false }],
      }),
      () => ok("rows"),
    );
    await runtime.runCode("{{ Q.run() }}");
    expect(runtime.getState().values.T.text).toBe("rows");
    await runtime.runCode("{{ Q.clear() }}");
    expect(runtime.getState().values.T.text).toBe("empty");
  });

  it("rejects with a clear error when the host cannot reach the upstream", async () => {
    const { runtime } = run(
      createTestPage({ queries: [{ name: "Q", bindings: [], runOnPageLoad: false }] }),
      () => Promise.reject(new Error("The upstream did not answer within 10000 ms")),
    );
    const result = await runtime.runCode("{{ Q.run().catch((e) => 'caught: ' + e.message) }}");
    expect(result).toEqual({ ok: true, value: "caught: The upstream did not answer within 10000 ms" });
    expect(runtime.getState().values.Q.error).toBe("The upstream did not answer within 10000 ms");
  });

  it("resets a widget's meta to its default", async () => {
    const { runtime } = run(
      createTestPage({ widgets: [input("Input1", { defaultText: "a" }), text("T", "{{Input1.text}}")] }),
    );
    runtime.setMeta("Input1", "text", "typed");
    await runtime.runCode("{{resetWidget('Input1')}}");
    expect(runtime.getState().values.T.text).toBe("a");
  });

  it("runs what is marked to run on page load", async () => {
    const { runtime, calls } = run(
      createTestPage({
        queries: [
          { name: "Q1", bindings: [], runOnPageLoad: true },
          { name: "Q2", bindings: [], runOnPageLoad: false },
        ],
        jsObjects: [
          {
            name: "JS",
            source: "export default { init() { storeValue('ready', Q1.data) } }",
            runOnPageLoad: ["init"],
          },
        ],
      }),
      () => ok("loaded"),
    );
    await runtime.runPageLoad();
    expect(calls.filter(([name]) => name === "runQuery")).toHaveLength(1);
    expect(runtime.getState().values.appsmith.store).toEqual({ ready: "loaded" });
  });
});

describe("module instances: the sign-in module", () => {
  const session = {
    access_token: "at",
    refresh_token: "rt",
    expires_in: 3600,
    token_type: "bearer",
    user: { id: "u1" },
  };
  const promiseChain = `export default {
  signin: ({ email, password }) =>
    sign_in
      .run({ email, password })
      .then((response) => {
        const { user, ...rest } = response;
        return Promise.all(Object.keys(rest).map((key) => storeValue(key, rest[key])));
      })
      .then(() => navigateTo('Home'))
      .catch((error) => showAlert(error.message, 'error')),
}`;
  const asyncAwait = `export default {
  async signin({ email, password }) {
    try {
      const response = await sign_in.run({ email, password });
      const { user, ...rest } = response;
      for (const key of Object.keys(rest)) await storeValue(key, rest[key]);
      await navigateTo('Home');
    } catch (error) {
      await showAlert(error.message, 'error');
    }
  },
}`;
  const page = (source: string) =>
    createTestPage({
      widgets: [
        input("Input1"),
        input("Input2"),
        button("Button1", "{{Login1.signin({ email: Input1.text, password: Input2.text })}}"),
        text("Status", "{{appsmith.store.access_token ? 'Signed in' : ''}}"),
      ],
      moduleInstances: [
        {
          name: "Login1",
          jsModule: { source, inputs: [] },
          queryModules: [
            {
              name: "sign_in",
              inputs: [
                { name: "email", defaultValue: "" },
                { name: "password", defaultValue: "" },
                { name: "audience", defaultValue: "{{'app-' + appsmith.mode}}" },
              ],
              bindings: ["inputs.email", "inputs.password", "inputs.audience"],
            },
          ],
        },
      ],
    });

  async function signIn(source: string, answer: Parameters<typeof createTestHost>[0]) {
    const { runtime, calls } = run(page(source), answer);
    runtime.setMeta("Input1", "text", "demo@example.com");
    runtime.setMeta("Input2", "text", "password123");
    const result = await runtime.runTrigger("Button1", "onClick");
    return { result, calls, state: runtime.getState() };
  }

  it.each([
    ["a promise chain", promiseChain],
    ["async/await", asyncAwait],
  ])("signs in with %s: stores all but the user, then navigates", async (_name, source) => {
    const { result, calls, state } = await signIn(source, () => ok(session));
    expect(result.ok).toBe(true);
    expect(calls[0]).toEqual([
      "runQuery",
      {
        instance: "Login1",
        query: "sign_in",
        values: {
          "inputs.email": "demo@example.com",
          "inputs.password": "password123",
          "inputs.audience": "app-VIEW",
        },
        inputs: { email: "demo@example.com", password: "password123", audience: "app-VIEW" },
      },
    ]);
    expect(state.values.appsmith.store).toEqual({
      access_token: "at",
      refresh_token: "rt",
      expires_in: 3600,
      token_type: "bearer",
    });
    expect(calls.filter(([name]) => name === "navigateTo")).toEqual([
      ["navigateTo", "Home", {}, "SAME_WINDOW"],
    ]);
    expect(calls.at(-1)?.[0]).toBe("navigateTo");
    expect(state.values.Status.text).toBe("Signed in");
  });

  it.each([
    ["a promise chain", promiseChain],
    ["async/await", asyncAwait],
  ])(
    "with %s, a rejected sign-in runs the catch branch and leaves the store untouched",
    async (_name, source) => {
      const { result, calls, state } = await signIn(source, () =>
        failed({ msg: "Invalid login credentials" }),
      );
      expect(result.ok).toBe(true);
      expect(calls.slice(1)).toEqual([["showAlert", "Invalid login credentials", "error"]]);
      expect(state.values.appsmith.store).toEqual({});
      expect(state.values.Status.text).toBe("");
    },
  );

  it("re-evaluates app bindings that read a module query through the module's functions", async () => {
    const source = `export default {
  isSignedIn() { return Boolean(sign_in.data?.access_token) },
  audience() { return inputs.audience },
  signin: (credentials) => sign_in.run(credentials),
}`;
    const base = page(source);
    const { runtime } = run(
      createTestPage({
        ...base,
        widgets: [
          text("State", "{{Login1.isSignedIn() ? 'in' : 'out'}}"),
          text("Aud", "{{Login1.audience()}}"),
        ],
        moduleInstances: [
          {
            ...base.moduleInstances[0],
            jsModule: { source, inputs: [{ name: "audience", defaultValue: "{{'web-' + appsmith.mode}}" }] },
          },
        ],
      }),
      () => ok(session),
    );
    expect(runtime.getState().values.State.text).toBe("out");
    expect(runtime.getState().values.Aud.text).toBe("web-VIEW");
    await runtime.callFunction("Login1", "signin", [{ email: "a", password: "b" }]);
    expect(runtime.getState().values.State.text).toBe("in");
  });

  it("keeps the module's queries out of the app's reach", () => {
    const { runtime } = run(
      createTestPage({ ...page(asyncAwait), widgets: [text("T", "{{sign_in.data}}")] }),
    );
    expect(runtime.getState().errors["T.text"]).toBe("ReferenceError: sign_in is not defined");
  });
});

describe("module instances: input values set in the app", () => {
  const usersModule = {
    name: "list_users",
    inputs: [
      { name: "limit", defaultValue: "10", type: "number" as const },
      { name: "team", defaultValue: "all", type: "text" as const },
    ],
    bindings: ["inputs.limit", "inputs.team"],
  };

  it("a JS module reads the instance's values, evaluated in the app, over its defaults", async () => {
    const { runtime } = run(
      createTestPage({
        widgets: [input("Input1", { defaultText: "acme" }), text("T", "{{Greeter1.greet()}}")],
        moduleInstances: [
          {
            name: "Greeter1",
            jsModule: {
              source: "export default { greet() { return inputs.tenant + ':' + inputs.retries } }",
              inputs: [
                { name: "tenant", defaultValue: "none", type: "text" },
                { name: "retries", defaultValue: "3", type: "number" },
              ],
            },
            queryModules: [],
            inputValues: { tenant: "{{Input1.text}}" },
          },
        ],
      }),
    );
    const result = await runtime.callFunction("Greeter1", "greet", []);
    expect(result).toEqual({ ok: true, value: "acme:3" });
    expect(runtime.getState().values.T.text).toBe("acme:3");
    runtime.setMeta("Input1", "text", "globex");
    // The binding reads the input through the module's function, and follows the app's value.
    expect(runtime.getState().values.T.text).toBe("globex:3");
    expect(await runtime.callFunction("Greeter1", "greet", [])).toEqual({ ok: true, value: "globex:3" });
  });

  it("a query module instance runs like an app query, with its input values", async () => {
    const { runtime, calls } = run(
      createTestPage({
        widgets: [input("Input1", { defaultText: "ops" }), text("T", "{{Users1.data?.length ?? 'none'}}")],
        moduleInstances: [
          {
            name: "Users1",
            queryModule: usersModule,
            inputValues: { team: "{{Input1.text}}", limit: "" },
            runOnPageLoad: ["run"],
          },
        ],
      }),
      () => ok([{ id: 1 }, { id: 2 }]),
    );
    expect(runtime.getState().values.T.text).toBe("none");
    await runtime.runPageLoad();
    expect(calls[0]).toEqual([
      "runQuery",
      {
        instance: "Users1",
        query: "list_users",
        values: { "inputs.limit": 10, "inputs.team": "ops" },
        inputs: { limit: 10, team: "ops" },
      },
    ]);
    expect(runtime.getState().values.T.text).toBe("2");
    expect(runtime.getState().values.Users1).toMatchObject({ isLoading: false, error: undefined });
    await runtime.runCode("{{Users1.run({ limit: 1 })}}");
    expect(calls[1]?.[1]).toMatchObject({ values: { "inputs.limit": 1, "inputs.team": "ops" } });
  });

  it("asks before running an instance marked confirm before running, and a no cancels it", async () => {
    const test = createTestHost(() => ok([]));
    let answer = false;
    const host = {
      ...test.host,
      confirmRun: async (query: string) => {
        test.calls.push(["confirmRun", query]);
        return answer;
      },
    };
    const runtime = createRuntime(
      createTestPage({
        moduleInstances: [{ name: "Users1", queryModule: usersModule, confirmBeforeRun: true }],
      }),
      host,
      { alertUncaughtErrors: false },
    );
    const refused = await runtime.callFunction("Users1", "run", []);
    expect(refused).toEqual({ ok: false, error: "Running Users1 was cancelled" });
    expect(test.calls).toEqual([["confirmRun", "Users1"]]);
    answer = true;
    expect((await runtime.callFunction("Users1", "run", [])).ok).toBe(true);
    expect(test.calls.map(([name]) => name)).toEqual(["confirmRun", "confirmRun", "runQuery"]);
  });
});

describe("time limits", () => {
  it("stops an endless loop in a trigger with an error naming the function, and stays usable", async () => {
    const { runtime, calls } = run(
      createTestPage({
        widgets: [button("Spin", "{{JSObject1.spin()}}"), button("Fine", "{{JSObject1.fine()}}")],
        jsObjects: [
          {
            name: "JSObject1",
            source: `export default {
  spin() { let n = 0; while (true) { try { n++ } catch (e) {} } },
  fine() { return 'ok' },
}`,
            runOnPageLoad: [],
          },
        ],
      }),
      undefined,
      // The default is 5 s; a shorter limit keeps the suite fast and exercises the same path.
      400,
    );
    const started = Date.now();
    const result = await runtime.runTrigger("Spin", "onClick");
    expect(Date.now() - started).toBeLessThan(2_000);
    const message = "TimeoutError: JSObject1.spin ran longer than 400 ms and was stopped";
    expect(result).toEqual({ ok: false, error: message });
    expect(calls.at(-1)).toEqual(["showAlert", message, "error"]);
    expect(await runtime.runTrigger("Fine", "onClick")).toEqual({ ok: true, value: "ok" });
  });

  it("stops a binding that runs too long, naming the property", () => {
    const { runtime } = run(
      createTestPage({ widgets: [text("Slow", "{{(() => { for (;;) {} })()}}"), text("Fast", "{{1}}")] }),
    );
    expect(runtime.getState().errors["Slow.text"]).toBe(
      "TimeoutError: Slow.text ran longer than 100 ms and was stopped",
    );
    expect(runtime.getState().values.Fast.text).toBe("1");
  });
});
