import type { RestQueryConfig } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { addAppQuery } from "./addAppQuery";
import { addJsObject } from "./addJsObject";
import { addModuleInstance } from "./addModuleInstance";
import { deleteAppQuery } from "./deleteAppQuery";
import { deleteJsObject } from "./deleteJsObject";
import { deleteModuleInstance } from "./deleteModuleInstance";
import { renameAppQuery } from "./renameAppQuery";
import { renameJsObject } from "./renameJsObject";
import { renameModuleInstance } from "./renameModuleInstance";
import { updateAppQuery } from "./updateAppQuery";
import { updateWidgetProps } from "./updateWidgetProps";

describe("query, JS object and module instance commands", () => {
  it("adds queries named Api1, Api2 on the given datasource and deletes them", () => {
    let doc = addAppQuery(pageDocFixture(), { id: "q1", datasourceId: "ds" });
    doc = addAppQuery(doc, { id: "q2", datasourceId: null });
    expect(doc.queries.map((q) => [q.name, q.config.datasourceId])).toEqual([
      ["Api1", "ds"],
      ["Api2", null],
    ]);
    expect(deleteAppQuery(doc, { id: "q1" }).queries.map((q) => q.id)).toEqual(["q2"]);
  });

  it("changes a query's config without touching its name", () => {
    const doc = addAppQuery(pageDocFixture(), { id: "q", datasourceId: "ds" });
    const next = updateAppQuery(doc, {
      id: "q",
      changes: { config: { ...(doc.queries[0].config as RestQueryConfig), method: "POST" } },
    });
    expect(next.queries[0]).toMatchObject({ name: "Api1", config: { method: "POST", datasourceId: "ds" } });
  });

  it("renames JS objects and instances but refuses names taken by widgets", () => {
    let doc = pageDocFixture([widgetFixture({ id: "w", name: "Text1" })]);
    doc = addJsObject(doc, { id: "j" });
    doc = addModuleInstance(doc, { id: "m", packageId: "p", moduleName: "Login", version: 3 });
    expect(doc.jsObjects[0].name).toBe("JSObject1");
    expect(renameJsObject(doc, { id: "j", name: "Text1" })).toBe(doc);
    expect(renameJsObject(doc, { id: "j", name: "Helpers" }).jsObjects[0].name).toBe("Helpers");
    expect(renameModuleInstance(doc, { id: "m", name: "JSObject1" })).toBe(doc);
    expect(renameModuleInstance(doc, { id: "m", name: "Auth" }).moduleInstances[0].name).toBe("Auth");
    expect(renameAppQuery(doc, { id: "nope", name: "X" })).toBe(doc);
  });

  it("deletes JS objects and instances by id", () => {
    let doc = addJsObject(pageDocFixture(), { id: "j" });
    doc = addModuleInstance(doc, { id: "m", packageId: "p", moduleName: "Login", version: 1 });
    expect(deleteJsObject(doc, { id: "j" }).jsObjects).toEqual([]);
    expect(deleteModuleInstance(doc, { id: "m" }).moduleInstances).toEqual([]);
    expect(deleteModuleInstance(doc, { id: "other" })).toBe(doc);
  });
});

describe("updateWidgetProps", () => {
  it("sets props and removes the ones set to undefined", () => {
    const doc = pageDocFixture([
      widgetFixture({ id: "w", name: "Text1", props: { text: "a", fontSize: 12 } }),
    ]);
    const next = updateWidgetProps(doc, { id: "w", props: { text: "{{Input1.text}}", fontSize: undefined } });
    expect(next.widgets[0].props).toEqual({ text: "{{Input1.text}}" });
    expect(doc.widgets[0].props).toEqual({ text: "a", fontSize: 12 });
  });
});
