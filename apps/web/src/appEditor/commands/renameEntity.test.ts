import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { addAppQuery } from "./addAppQuery";
import { renameEntity } from "./renameEntity";

describe("renameEntity", () => {
  const doc = addAppQuery(
    pageDocFixture([widgetFixture({ id: "t", name: "Text1", props: { text: "{{Api1.data.name}}" } })]),
    { id: "q", datasourceId: null },
  );

  it("renames only the entity with that id, in its own list, and rewrites what named it", () => {
    const renamed = renameEntity(doc, "queries", { id: "q", name: "Users" });
    expect(renamed.queries.map((q) => q.name)).toEqual(["Users"]);
    expect(renamed.widgets[0].name).toBe("Text1");
    expect(renamed.widgets[0].props.text).toBe("{{Users.data.name}}");
  });

  it("returns the same doc for a taken name, an invalid name, the same name or an unknown id", () => {
    expect(renameEntity(doc, "queries", { id: "q", name: "Text1" })).toBe(doc);
    expect(renameEntity(doc, "queries", { id: "q", name: "1st" })).toBe(doc);
    expect(renameEntity(doc, "queries", { id: "q", name: "Api1" })).toBe(doc);
    expect(renameEntity(doc, "widgets", { id: "q", name: "Other" })).toBe(doc);
  });
});
