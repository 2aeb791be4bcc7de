import type { ModuleBody } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { jsModuleGlobals } from "./jsModuleGlobals";

const signIn: ModuleBody = {
  kind: "query",
  name: "sign_in",
  inputs: [
    { name: "email", type: "any", required: false, defaultValue: "", description: "" },
    { name: "password", type: "any", required: false, defaultValue: "", description: "" },
  ],
  config: { datasourceId: null, method: "POST", path: "/token", queryParams: [], headers: [], body: "" },
};
const login: ModuleBody = {
  kind: "js",
  name: "Login",
  inputs: [{ name: "home", type: "any", required: false, defaultValue: "Home", description: "" }],
  source: "",
};

describe("jsModuleGlobals", () => {
  it("offers query modules, framework functions and inputs", () => {
    const { completions } = jsModuleGlobals([signIn, login], login);
    const labels = completions.map((c) => c.label);
    expect(labels).toContain("sign_in");
    expect(labels).toEqual(
      expect.arrayContaining([
        "storeValue",
        "removeValue",
        "clearStore",
        "navigateTo",
        "showAlert",
        "resetWidget",
        "inputs",
      ]),
    );
    // JS modules are not callable from one another.
    expect(labels).not.toContain("Login");
  });

  it("declares run() with the query's inputs and this module's inputs", () => {
    const { declarations } = jsModuleGlobals([signIn, login], login);
    expect(declarations).toContain("declare const sign_in: { run(inputs?: { email?: any; password?: any })");
    expect(declarations).toContain("declare const inputs: { home: any };");
  });
});
