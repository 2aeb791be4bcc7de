import { describe, expect, it } from "vitest";
import { mayReadVault } from "./mayReadVault";
import type { RuntimePage } from "./types";

const page = (parts: Partial<RuntimePage>) => ({
  widgets: [],
  queries: [],
  jsObjects: [],
  moduleInstances: [],
  ...parts,
});
const text = (props: Record<string, unknown>) => ({ widgets: [{ name: "Text1", type: "Text", props }] });

describe("mayReadVault", () => {
  it("is false for code that reads other entities or other members of appsmith", () => {
    expect(
      mayReadVault(page(text({ text: "{{Input1.text}} {{appsmith.store.token}} {{appsmith.URL.path}}" }))),
    ).toBe(false);
  });

  it("is true for the vault named in a binding, a nested prop, a handler or any code", () => {
    expect(mayReadVault(page(text({ text: "{{appsmith.vault.has('token') ? 'in' : 'out'}}" })))).toBe(true);
    expect(mayReadVault(page(text({ columns: [{ computedValue: "{{appsmith.vault.keys}}" }] })))).toBe(true);
    expect(mayReadVault(page(text({ onClick: "{{JSON.stringify(appsmith)}}" })))).toBe(true);
    expect(
      mayReadVault(
        page({ queries: [{ name: "q", bindings: ["appsmith.vault.keys"], runOnPageLoad: false }] }),
      ),
    ).toBe(true);
    expect(
      mayReadVault(
        page({
          jsObjects: [{ name: "JS", source: "export default { a: () => appsmith }", runOnPageLoad: [] }],
        }),
      ),
    ).toBe(true);
    expect(
      mayReadVault(
        page({
          moduleInstances: [
            {
              name: "Login1",
              jsModule: { source: "export default { f() { return appsmith.vault } }", inputs: [] },
              queryModules: [],
            },
          ] as RuntimePage["moduleInstances"],
        }),
      ),
    ).toBe(true);
  });
});
