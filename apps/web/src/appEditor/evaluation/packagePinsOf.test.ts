import { describe, expect, it } from "vitest";
import { pageDocFixture } from "../test/pageDocFixture";
import { packagePinsOf } from "./packagePinsOf";

describe("packagePinsOf", () => {
  it("lists the versions of module instances and UI module widgets once each", () => {
    const doc = {
      ...pageDocFixture(),
      widgets: [
        {
          id: "w1",
          name: "LoginForm1",
          type: "UiModule",
          parentId: null,
          layout: { x: 0, y: 0, w: 10, h: 10 },
          props: {},
          module: { packageId: "auth", moduleName: "LoginForm", version: 2 },
        },
      ],
      moduleInstances: [
        {
          id: "m1",
          name: "Login1",
          packageId: "auth",
          moduleName: "Login",
          version: 2,
          runOnPageLoad: [],
          inputs: {},
          confirmBeforeRun: false,
        },
        {
          id: "m2",
          name: "Login2",
          packageId: "auth",
          moduleName: "Login",
          version: 1,
          runOnPageLoad: [],
          inputs: {},
          confirmBeforeRun: false,
        },
      ],
    };
    expect(packagePinsOf([doc])).toEqual([
      { packageId: "auth", version: 2 },
      { packageId: "auth", version: 1 },
    ]);
  });
});
