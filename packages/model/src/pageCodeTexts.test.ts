import { describe, expect, it } from "vitest";
import { pageCodeTexts } from "./pageCodeTexts";

describe("pageCodeTexts", () => {
  it("lists widget props at any depth, query configs, JS sources and instance input values", () => {
    const texts = pageCodeTexts({
      widgets: [
        {
          id: "w",
          name: "Table1",
          type: "Table",
          parentId: null,
          layout: { x: 0, y: 0, w: 1, h: 1 },
          props: { data: "{{Users1.data}}", columns: [{ label: "{{Login1.label()}}" }] },
        },
      ],
      queries: [
        {
          id: "q",
          name: "Api1",
          runOnPageLoad: false,
          config: {
            kind: "rest",
            datasourceId: null,
            method: "GET",
            path: "/{{Login1.id()}}",
            queryParams: [],
            headers: [],
            body: "",
          },
        },
      ],
      jsObjects: [{ id: "j", name: "JSObject1", source: "export default {}", runOnPageLoad: [] }],
      moduleInstances: [
        {
          id: "m",
          name: "Users1",
          packageId: "p",
          moduleName: "users",
          version: 1,
          runOnPageLoad: [],
          inputs: { team: "{{Input1.text}}", limit: "5" },
          confirmBeforeRun: false,
        },
      ],
    });
    expect(texts.map((t) => [t.entity.name, t.property, t.code])).toEqual([
      ["Table1", "data", "Users1.data"],
      ["Table1", "columns.0.label", "Login1.label()"],
      ["Api1", "config", "Login1.id()"],
      ["JSObject1", "source", "export default {}"],
      ["Users1", "inputs.team", "Input1.text"],
    ]);
  });
});
