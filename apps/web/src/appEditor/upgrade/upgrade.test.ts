import type { PageDoc } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { describeChange } from "./describeChange";
import { upgradeInstanceOnPage } from "./upgradeInstanceOnPage";
import { upgradeModuleInstance } from "./upgradeModuleInstance";
import { upgradeUiModuleWidget } from "./upgradeUiModuleWidget";

const doc: PageDoc = {
  schemaVersion: 1,
  widgets: [],
  queries: [],
  jsObjects: [],
  moduleInstances: [
    {
      id: "m1",
      name: "Login1",
      packageId: "p1",
      moduleName: "Login",
      version: 1,
      runOnPageLoad: [],
      inputs: {},
      confirmBeforeRun: false,
    },
    {
      id: "m2",
      name: "Login2",
      packageId: "p1",
      moduleName: "Login",
      version: 1,
      runOnPageLoad: [],
      inputs: {},
      confirmBeforeRun: false,
    },
  ],
};

describe("upgradeModuleInstance", () => {
  it("pins one instance to the new version and leaves the others", () => {
    const next = upgradeModuleInstance(doc, { id: "m1", version: 2 });
    expect(next.moduleInstances.map((m) => m.version)).toEqual([2, 1]);
    expect(doc.moduleInstances[0]?.version).toBe(1);
  });

  it("returns the same doc for an unknown instance, the same version or a bad version", () => {
    expect(upgradeModuleInstance(doc, { id: "nope", version: 2 })).toBe(doc);
    expect(upgradeModuleInstance(doc, { id: "m1", version: 1 })).toBe(doc);
    expect(upgradeModuleInstance(doc, { id: "m1", version: 0 })).toBe(doc);
  });
});

describe("upgradeInstanceOnPage", () => {
  it("re-pins the instance of that name, module and package, and leaves the others", () => {
    const other = {
      ...doc,
      moduleInstances: [...doc.moduleInstances, { ...doc.moduleInstances[0]!, id: "m3", packageId: "p2" }],
    };
    const next = upgradeInstanceOnPage(other, { name: "Login1", packageId: "p1", moduleName: "Login" }, 3);
    expect(next.moduleInstances.map((m) => [m.id, m.version])).toEqual([
      ["m1", 3],
      ["m2", 1],
      ["m3", 1],
    ]);
  });

  it("never downgrades and returns the same doc when nothing matches", () => {
    const newer = upgradeInstanceOnPage(doc, { name: "Login1", packageId: "p1", moduleName: "Login" }, 2);
    expect(upgradeInstanceOnPage(newer, { name: "Login1", packageId: "p1", moduleName: "Login" }, 1)).toBe(
      newer,
    );
    expect(upgradeInstanceOnPage(doc, { name: "Nope1", packageId: "p1", moduleName: "Login" }, 2)).toBe(doc);
  });
});

describe("upgrading UI module widgets", () => {
  const withForm: PageDoc = {
    ...doc,
    widgets: [
      {
        id: "w1",
        name: "LoginForm1",
        type: "UiModule",
        parentId: null,
        layout: { x: 0, y: 0, w: 20, h: 30 },
        props: { title: "Welcome", onSignedIn: "{{navigateTo('Home')}}" },
        module: { packageId: "p1", moduleName: "LoginForm", version: 1 },
      },
    ],
  };

  it("re-pins the widget and keeps its props and handlers", () => {
    const next = upgradeUiModuleWidget(withForm, { id: "w1", version: 2 });
    expect(next.widgets[0]?.module?.version).toBe(2);
    expect(next.widgets[0]?.props).toEqual(withForm.widgets[0]?.props);
    expect(upgradeUiModuleWidget(withForm, { id: "w1", version: 1 })).toBe(withForm);
  });

  it("is upgraded on a page by name, module and package like a module instance", () => {
    const next = upgradeInstanceOnPage(
      withForm,
      { name: "LoginForm1", packageId: "p1", moduleName: "LoginForm" },
      3,
    );
    expect(next.widgets[0]?.module?.version).toBe(3);
    expect(next.moduleInstances.map((m) => m.version)).toEqual([1, 1]);
  });
});

describe("describeChange", () => {
  it("puts the instance's module first and names functions, parameters and inputs", () => {
    const lines = describeChange(
      {
        modulesAdded: ["audit"],
        modulesRemoved: ["refresh"],
        modulesChanged: [
          {
            name: "sign_in",
            kind: "query",
            kindChanged: false,
            inputsAdded: [],
            inputsRemoved: [],
            inputsChanged: [],
            inputsRetyped: [],
            functionsAdded: [],
            functionsRemoved: [],
            functionsChanged: [],
            configChanged: true,
            otherCodeChanged: false,
            outputsAdded: [],
            outputsRemoved: [],
            eventsAdded: [],
            eventsRemoved: [],
          },
          {
            name: "Login",
            kind: "js",
            kindChanged: false,
            inputsAdded: ["tenant"],
            inputsRemoved: [],
            inputsChanged: [],
            inputsRetyped: [],
            functionsAdded: [],
            functionsRemoved: ["signout"],
            functionsChanged: [
              {
                name: "signin",
                paramsBefore: ["a"],
                paramsAfter: ["a", "b"],
                paramsChanged: true,
                bodyChanged: false,
              },
            ],
            configChanged: false,
            otherCodeChanged: false,
            outputsAdded: [],
            outputsRemoved: [],
            eventsAdded: [],
            eventsRemoved: [],
          },
        ],
      },
      "Login",
    );
    expect(lines).toEqual([
      "Login: signout removed, signin(a) is now signin(a, b), input tenant added",
      "sign_in: request changed",
      "New module audit",
      "Module refresh removed",
    ]);
  });

  it("warns when the instance's own module is gone", () => {
    expect(
      describeChange({ modulesAdded: [], modulesRemoved: ["Login"], modulesChanged: [] }, "Login"),
    ).toEqual(["Login is removed: the instance stops working"]);
  });
});
