import type { ModuleBody } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { instanceBreakage } from "./instanceBreakage";
import { summarizePackageChange } from "./summarizePackageChange";

const js = (name: string, source: string, inputs: string[] = []): ModuleBody => ({
  kind: "js",
  name,
  source,
  inputs: inputs.map((n) => ({ name: n, type: "any", required: false, defaultValue: "", description: "" })),
});
const query = (name: string, path: string, inputs: string[] = []): ModuleBody => ({
  kind: "query",
  name,
  inputs: inputs.map((n) => ({ name: n, type: "any", required: false, defaultValue: "", description: "" })),
  config: { datasourceId: "d1", method: "POST", path, queryParams: [], headers: [], body: "" },
});

describe("summarizePackageChange", () => {
  it("reports modules added and removed, sorted", () => {
    const summary = summarizePackageChange(
      { modules: [query("sign_in", "/token"), query("refresh", "/token")] },
      { modules: [query("sign_in", "/token"), query("sign_out", "/logout"), query("audit", "/a")] },
    );
    expect(summary).toEqual({
      modulesAdded: ["audit", "sign_out"],
      modulesRemoved: ["refresh"],
      modulesChanged: [],
    });
  });

  it("reports inputs added, removed and with a new default", () => {
    const before = query("sign_in", "/token", ["email", "password"]);
    const after: ModuleBody = {
      ...query("sign_in", "/token", ["email", "otp"]),
      inputs: [
        { name: "email", type: "any", required: false, defaultValue: "demo@example.com", description: "" },
        { name: "otp", type: "any", required: false, defaultValue: "", description: "" },
      ],
    };
    const [change] = summarizePackageChange({ modules: [before] }, { modules: [after] }).modulesChanged;
    expect(change).toMatchObject({
      name: "sign_in",
      inputsAdded: ["otp"],
      inputsRemoved: ["password"],
      inputsChanged: ["email"],
      configChanged: false,
    });
  });

  it("reports a changed REST call of a query module", () => {
    const [change] = summarizePackageChange(
      { modules: [query("sign_out", "/logout")] },
      { modules: [query("sign_out", "/logout?scope=global")] },
    ).modulesChanged;
    expect(change?.configChanged).toBe(true);
  });

  it("reports JS functions added, removed, with new parameters or a new body", () => {
    const before = js(
      "Login",
      "export default { signin: ({ email, password }) => go('Home'), signout() { return 1 }, keep: (a) => a }",
    );
    const after = js(
      "Login",
      "export default { signin: ({ email, password }) => go('Dashboard'), keep: (a, b) => a, whoami: async () => 2 }",
    );
    const [change] = summarizePackageChange({ modules: [before] }, { modules: [after] }).modulesChanged;
    expect(change).toMatchObject({ functionsAdded: ["whoami"], functionsRemoved: ["signout"] });
    expect(change?.functionsChanged).toEqual([
      { name: "keep", paramsBefore: ["a"], paramsAfter: ["a", "b"], paramsChanged: true, bodyChanged: false },
      {
        name: "signin",
        paramsBefore: ["{ email, password }"],
        paramsAfter: ["{ email, password }"],
        paramsChanged: false,
        bodyChanged: true,
      },
    ]);
  });

  it("leaves identical modules out and says nothing changed", () => {
    const login = js("Login", "export default { signin: () => 1 }");
    expect(summarizePackageChange({ modules: [login] }, { modules: [{ ...login }] }).modulesChanged).toEqual(
      [],
    );
  });

  it("treats a JS module that no longer parses as having lost its functions", () => {
    const [change] = summarizePackageChange(
      { modules: [js("Login", "export default { signin: () => 1 }")] },
      { modules: [js("Login", "export default { signin: () => ")] },
    ).modulesChanged;
    expect(change?.functionsRemoved).toEqual(["signin"]);
    expect(change?.otherCodeChanged).toBe(true);
  });
});

describe("instanceBreakage", () => {
  it("names what an instance of a module loses, and nothing for other modules", () => {
    const summary = summarizePackageChange(
      {
        modules: [
          js("Login", "export default { signin: () => 1, signout: () => 2 }", ["tenant"]),
          js("Old", "export default {}"),
        ],
      },
      { modules: [js("Login", "export default { signin: () => 1 }")] },
    );
    expect(instanceBreakage(summary, "Login")).toEqual(["function signout", "input tenant"]);
    expect(instanceBreakage(summary, "Old")).toEqual(["module Old"]);
    expect(instanceBreakage(summary, "Other")).toEqual([]);
  });
});
