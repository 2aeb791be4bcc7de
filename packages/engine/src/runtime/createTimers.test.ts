import { describe, expect, it } from "vitest";
import { createTestHost, createTestPage } from "../test/createTestPage";
import { createRuntime } from "./parsingRuntime";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function page() {
  const test = createTestHost();
  const runtime = createRuntime(
    createTestPage({
      widgets: [{ name: "T", type: "Text", props: { text: "{{appsmith.store.ticks ?? 0}}" } }],
      jsObjects: [
        {
          name: "JS",
          source:
            "export default { ticks: 0, tick() { this.ticks++; return storeValue('ticks', this.ticks) } }",
          runOnPageLoad: [],
        },
      ],
    }),
    test.host,
  );
  return { runtime, ...test };
}

describe("setInterval and clearInterval", () => {
  it("runs the callback until cleared by its id, publishing what it changed", async () => {
    const { runtime } = page();
    await runtime.runCode("{{ setInterval(() => JS.tick(), 10, 'clock') }}");
    await wait(80);
    const ticked = Number(runtime.getState().values.T.text);
    expect(ticked).toBeGreaterThanOrEqual(2);
    await runtime.runCode("{{ clearInterval('clock') }}");
    const stopped = Number(runtime.getState().values.T.text);
    await wait(50);
    expect(Number(runtime.getState().values.T.text)).toBe(stopped);
  });

  it("replaces an interval set again under the same id", async () => {
    const { runtime } = page();
    await runtime.runCode(
      "{{ setInterval(() => JS.tick(), 10, 'clock'); setInterval(() => JS.tick(), 10, 'clock') }}",
    );
    await wait(55);
    await runtime.runCode("{{ clearInterval('clock') }}");
    const ticks = Number(runtime.getState().values.T.text);
    // One interval of 10 ms ticks about 5 times in 55 ms; two would tick about 10.
    expect(ticks).toBeLessThanOrEqual(6);
  });

  it("stops every timer when the page is disposed", async () => {
    const { runtime, calls } = page();
    await runtime.runCode(
      "{{ setInterval(() => JS.tick(), 10, 'a'); setTimeout(() => showAlert('late'), 20) }}",
    );
    runtime.dispose();
    await wait(50);
    expect(runtime.getState().values.T.text).toBe("0");
    expect(calls).toEqual([]);
  });

  it.each([
    ["{{ setInterval('JS.tick()', 100) }}", "setInterval needs a function"],
    ["{{ setInterval(() => 1, 0) }}", "at least 10 ms"],
  ])("refuses %s", async (code, message) => {
    const { runtime } = page();
    const result = await runtime.runCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it("is refused inside a binding", () => {
    const test = createTestHost();
    const runtime = createRuntime(
      createTestPage({
        widgets: [{ name: "T", type: "Text", props: { text: "{{setInterval(() => 1, 100)}}" } }],
      }),
      test.host,
    );
    expect(runtime.getState().errors["T.text"]).toMatch(/setInterval can only run in event handlers/);
  });
});
