import { describe, expect, it } from "vitest";
import { createTestHost, createTestPage } from "../test/createTestPage";
import { createRuntime } from "./parsingRuntime";

const text = (name: string, value: string) => ({ name, type: "Text", props: { text: value } });

function pageWithVault(
  keys: string[],
  widgets = [text("T", "{{appsmith.vault.has('access_token') ? 'in' : 'out'}}")],
) {
  const page = createTestPage({ widgets });
  return { ...page, appsmith: { ...page.appsmith, vault: keys } };
}

describe("appsmith.vault", () => {
  it("tells code which keys the vault holds, never a value", () => {
    const { host } = createTestHost();
    const runtime = createRuntime(
      pageWithVault(
        ["access_token", "refresh_token"],
        [
          text("T", "{{appsmith.vault.has('access_token') ? 'in' : 'out'}}"),
          text("K", "{{appsmith.vault.keys.join(',')}}"),
          text("V", "{{String(appsmith.vault.access_token)}}"),
          text("W", "{{vault.access_token}}"),
        ],
      ),
      host,
    );
    const { values, errors } = runtime.getState();
    expect(values.T.text).toBe("in");
    expect(values.K.text).toBe("access_token,refresh_token");
    expect(values.V.text).toBe("undefined");
    // `{{vault.x}}` is for queries, which the server fills in: in a widget it reads nothing.
    expect(values.W.text).toBeUndefined();
    expect(errors["W.text"]).toBeDefined();
  });

  it("is empty on a page loaded without key names", () => {
    const { host } = createTestHost();
    const runtime = createRuntime(
      createTestPage({ widgets: [text("T", "{{appsmith.vault.keys.length}}")] }),
      host,
    );
    expect(runtime.getState().values.T.text).toBe("0");
  });

  it("follows the key names the host sends, re-evaluating its readers", () => {
    const { host } = createTestHost();
    const runtime = createRuntime(pageWithVault([]), host);
    expect(runtime.getState().values.T.text).toBe("out");
    runtime.setAppsmith({ vault: ["access_token"] });
    expect(runtime.getState().values.T.text).toBe("in");
  });

  it.each([
    ["clearVault", ["clearVault"]],
    ["clearStore", ["clearStore"]],
  ])("is emptied by %s, which asks the host to clear it", async (fn, expected) => {
    const { host, calls } = createTestHost();
    const runtime = createRuntime(pageWithVault(["access_token"]), host);
    await runtime.runCode(`{{ ${fn}() }}`);
    expect(runtime.getState().values.T.text).toBe("out");
    expect(calls).toEqual([expected]);
  });

  it("cannot be changed from code", async () => {
    const { host } = createTestHost();
    const runtime = createRuntime(pageWithVault(["access_token"]), host);
    const result = await runtime.runCode("{{ appsmith.vault = { has: () => true } }}");
    expect(result.ok).toBe(false);
  });
});
