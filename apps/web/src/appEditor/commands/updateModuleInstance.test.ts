import { describe, expect, it } from "vitest";
import { pageDocFixture } from "../test/pageDocFixture";
import { addModuleInstance } from "./addModuleInstance";
import { updateModuleInstance } from "./updateModuleInstance";

describe("updateModuleInstance", () => {
  const doc = addModuleInstance(pageDocFixture([]), {
    id: "m",
    packageId: "p",
    moduleName: "list_users",
    version: 1,
  });

  it("sets input values and drops the emptied ones, which take the default again", () => {
    const set = updateModuleInstance(doc, {
      id: "m",
      changes: { inputs: { team: "{{Input1.text}}", limit: "5" } },
    });
    expect(set.moduleInstances[0].inputs).toEqual({ team: "{{Input1.text}}", limit: "5" });
    const cleared = updateModuleInstance(set, {
      id: "m",
      changes: { inputs: { team: "{{Input1.text}}", limit: "" } },
    });
    expect(cleared.moduleInstances[0].inputs).toEqual({ team: "{{Input1.text}}" });
  });

  it("sets the run options and leaves a page without the instance as it was", () => {
    const changed = updateModuleInstance(doc, {
      id: "m",
      changes: { runOnPageLoad: ["run"], confirmBeforeRun: true },
    });
    expect(changed.moduleInstances[0]).toMatchObject({
      name: "List_users1",
      runOnPageLoad: ["run"],
      confirmBeforeRun: true,
    });
    expect(updateModuleInstance(doc, { id: "x", changes: { confirmBeforeRun: true } })).toBe(doc);
  });
});
