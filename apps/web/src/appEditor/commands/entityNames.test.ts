import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { addModuleInstance } from "./addModuleInstance";
import { nextEntityName } from "./entityNames";
import { nameProblem } from "./nameProblem";
import { renameWidget } from "./renameWidget";

describe("entity names", () => {
  it("continues after the highest number", () => {
    expect(nextEntityName("Button", new Set(["Button2", "Text1"]))).toBe("Button3");
    expect(nextEntityName("text", new Set())).toBe("Text1");
  });

  it("names module instances Login1, Login2", () => {
    let doc = pageDocFixture();
    for (const id of ["m1", "m2"]) {
      doc = addModuleInstance(doc, { id, packageId: "p", moduleName: "Login", version: 1 });
    }
    expect(doc.moduleInstances.map((m) => [m.name, m.version])).toEqual([
      ["Login1", 1],
      ["Login2", 1],
    ]);
  });

  it("refuses a rename to a name used by another entity", () => {
    const doc = addModuleInstance(pageDocFixture([widgetFixture({ id: "a", name: "Text1" })]), {
      id: "m",
      packageId: "p",
      moduleName: "Login",
      version: 1,
    });
    expect(renameWidget(doc, { id: "a", name: "Login1" })).toBe(doc);
    expect(nameProblem(doc, "Login1", "Text1")).toMatch(/already used/);
    expect(nameProblem(doc, "1abc")).toMatch(/identifier/);
    expect(renameWidget(doc, { id: "a", name: "Title" }).widgets[0].name).toBe("Title");
  });
});
