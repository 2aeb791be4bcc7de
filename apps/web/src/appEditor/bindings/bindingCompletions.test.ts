import { type PageDoc, pageEntities } from "@tessera/model";
import { loadWidgets, widgetTypeSpecs } from "@tessera/widgets";
import { beforeAll, describe, expect, it } from "vitest";
import { completionsAt, isInCode } from "./bindingCompletions";

const doc: PageDoc = {
  schemaVersion: 1,
  widgets: [
    {
      id: "w1",
      name: "Input1",
      type: "Input",
      parentId: null,
      layout: { x: 0, y: 0, w: 4, h: 4 },
      props: {},
    },
  ],
  queries: [],
  jsObjects: [
    {
      id: "j1",
      name: "Login1",
      source: "export default { signin: ({ email }) => email, n: 1 }",
      runOnPageLoad: [],
    },
  ],
  moduleInstances: [],
};
// Widget definitions load per type, as in the editor, which loads them all before it opens.
let entities: ReturnType<typeof pageEntities>;
beforeAll(async () => {
  await loadWidgets();
  entities = pageEntities(doc, { packages: [], widgetTypes: widgetTypeSpecs(), storeKeys: ["token"] });
});
const labels = (text: string, mode: "binding" | "event" = "binding") =>
  completionsAt(text, text.length, mode, entities)?.options.map((o) => o.label) ?? null;

describe("binding completions", () => {
  it("offers a function of an entity by its prefix, with its parameters", () => {
    const found = completionsAt("{{Login1.sig", 12, "binding", entities);
    expect(found?.from).toBe(9);
    expect(found?.options.find((o) => o.label === "signin")).toMatchObject({ detail: "({ email })" });
  });

  it("offers entity names and framework functions with their signatures at the start", () => {
    const options = completionsAt("{{", 2, "binding", entities)?.options ?? [];
    expect(options.map((o) => o.label)).toEqual(
      expect.arrayContaining(["Input1", "Login1", "appsmith", "storeValue"]),
    );
    expect(options.find((o) => o.label === "storeValue")?.detail).toBe("(key, value, persist?)");
  });

  it("goes down nested members: widget state, store keys", () => {
    expect(labels("{{Input1.")).toContain("text");
    expect(labels("{{appsmith.store.")).toEqual(["token"]);
  });

  it("offers nothing in plain text, and event code without braces is code", () => {
    expect(labels("Login1.")).toBeNull();
    expect(labels("{{Input1.text}} Login1.")).toBeNull();
    expect(labels("Login1.", "event")).toEqual(["signin", "n"]);
    expect(isInCode("{{a}} {{b", 9, "binding")).toBe(true);
  });
});
