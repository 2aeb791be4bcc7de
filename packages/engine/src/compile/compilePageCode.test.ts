import { describe, expect, it } from "vitest";
import { createPageRuntime } from "../runtime/createRuntime";
import type { RuntimePage } from "../runtime/types";
import { createTestHost, createTestPage, ok } from "../test/createTestPage";
import { compilePageCode } from "./compilePageCode";
import { parsingCodeSource } from "./parsingCodeSource";

const page: RuntimePage = createTestPage({
  widgets: [
    {
      name: "Input1",
      type: "Input",
      props: { defaultText: "ada", onSubmit: "{{Counter.bump(); showAlert(Input1.text)}}" },
    },
    {
      name: "Text1",
      type: "Text",
      props: { text: "Hello {{Input1.text.toUpperCase()}} #{{Counter.count}}" },
    },
    { name: "Text2", type: "Text", props: { text: "{{Counter.label(Text1.text)}}" } },
    { name: "Broken", type: "Text", props: { text: "{{Input1.text +}}" } },
    { name: "Loop", type: "Button", props: { onClick: "while (true) {}" } },
    { name: "Who", type: "Text", props: { text: "{{Login1.who()}}" } },
  ],
  jsObjects: [
    {
      name: "Counter",
      source:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: user code holding a template literal
        "export default { count: 1, bump() { this.count++ }, label: (t) => `${t}!`, slow() { for (;;) {} } }",
      runOnPageLoad: [],
    },
  ],
  queries: [{ name: "load", bindings: ["Input1.text"], runOnPageLoad: false }],
  moduleInstances: [
    {
      name: "Login1",
      jsModule: {
        source: "export default { who() { return inputs.audience + '/' + sign_in.isLoading } }",
        inputs: [{ name: "audience", defaultValue: "{{'app-' + appsmith.mode}}" }],
      },
      queryModules: [
        { name: "sign_in", inputs: [{ name: "email", defaultValue: "" }], bindings: ["inputs.email"] },
      ],
    },
  ],
});

/** The same page run twice: parsed now, and from its compiled form (stored as JSON) without a parser. */
function bothWays() {
  const parsed = createTestHost(() => ok({}));
  const compiled = createTestHost(() => ok({}));
  const stored = JSON.parse(JSON.stringify(compilePageCode(page)));
  return [
    {
      ...parsed,
      runtime: createPageRuntime(page, parsed.host, { code: parsingCodeSource, limits: { triggerMs: 50 } }),
    },
    {
      ...compiled,
      runtime: createPageRuntime({ ...page, compiled: stored }, compiled.host, { limits: { triggerMs: 50 } }),
    },
  ];
}

describe("compilePageCode", () => {
  it("runs a page from its compiled form as it runs parsed", async () => {
    const [parsed, compiled] = bothWays();
    expect(compiled.runtime.getState()).toEqual(parsed.runtime.getState());
    expect(compiled.runtime.getState().values.Text1.text).toBe("Hello ADA #1");
    expect(compiled.runtime.getState().values.Who.text).toBe("app-VIEW/false");
    expect(compiled.runtime.getState().errors["Broken.text"]).toMatch(/^SyntaxError/);
    for (const { runtime } of [parsed, compiled]) {
      runtime.setMeta("Input1", "text", "bob");
      await runtime.runTrigger("Input1", "onSubmit");
    }
    expect(compiled.runtime.getState()).toEqual(parsed.runtime.getState());
    expect(compiled.calls).toEqual(parsed.calls);
    expect(compiled.runtime.getState().values.Text2.text).toBe("Hello BOB #2!");
  });

  it("keeps the deadline checks, naming the JS function that ran too long", async () => {
    const [, compiled] = bothWays();
    const loop = await compiled.runtime.runTrigger("Loop", "onClick");
    expect(loop).toMatchObject({ ok: false, error: expect.stringMatching(/TimeoutError/) });
    const slow = await compiled.runtime.callFunction("Counter", "slow", []);
    expect(slow).toMatchObject({ ok: false, error: expect.stringMatching(/Counter\.slow/) });
  });

  it("refuses code missing from the compiled form instead of parsing it", async () => {
    const { host } = createTestHost();
    const runtime = createPageRuntime({ ...page, compiled: compilePageCode(page) }, host);
    const result = await runtime.runCode("Counter.bump()");
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not compiled/) });
  });
});

describe("entry guards", () => {
  const guarded = (source: string, extra: Partial<RuntimePage> = {}) =>
    compilePageCode(
      createTestPage({
        moduleInstances: [
          { name: "Login1", jsModule: { source, inputs: [] }, queryModules: [], runOnPageLoad: ["guard"] },
        ],
        ...extra,
      }),
    ).entryGuard;
  const flagship = `export default {
    async guard() {
      if (!appsmith.store.access_token) {
        await navigateTo("LoginPage");
        return false;
      }
      return this.refresh();
    },
    refresh: () => true,
  }`;

  it("marks a page whose one on-load action opens with a store check that navigates", () => {
    expect(guarded(flagship)).toEqual({ storeLacks: "access_token", navigateTo: "LoginPage" });
    expect(guarded(`export default { guard: () => { if (!appsmith.store["t"]) navigateTo("In") } }`)).toEqual(
      {
        storeLacks: "t",
        navigateTo: "In",
      },
    );
  });

  it("leaves anything else to the engine", () => {
    for (const source of [
      `export default { guard() { if (!appsmith.store.t) { showAlert("x"); navigateTo("In") } } }`,
      `export default { guard() { if (appsmith.store.t) navigateTo("In") } }`,
      `export default { guard() { if (!appsmith.store.t) navigateTo(appsmith.store.page) } }`,
      `export default { guard(navigateTo) { if (!appsmith.store.t) navigateTo("In") } }`,
      `export default { guard() { if (!appsmith.store.t) navigateTo("In"); else navigateTo("Out") } }`,
      `export default { guard() { const t = 1; if (!appsmith.store.t) navigateTo("In") } }`,
    ])
      expect(guarded(source)).toBeUndefined();
    // Another on-load action (a query) would be skipped: the engine decides.
    expect(
      guarded(flagship, { queries: [{ name: "q", bindings: [], runOnPageLoad: true }] }),
    ).toBeUndefined();
  });
});
