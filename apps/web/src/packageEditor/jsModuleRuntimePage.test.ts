import type { JsModule, ModuleBody } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { jsModuleRuntimePage } from "./jsModuleRuntimePage";

const login: JsModule = {
  kind: "js",
  name: "Login",
  inputs: [{ name: "home", type: "any", required: false, defaultValue: "Home", description: "" }],
  source: "export default {}",
};
const signIn: ModuleBody = {
  kind: "query",
  name: "sign_in",
  inputs: [{ name: "email", type: "any", required: false, defaultValue: "", description: "" }],
  config: {
    datasourceId: "ds",
    method: "POST",
    path: "/token",
    queryParams: [],
    headers: [],
    body: '{ "email": {{inputs.email}} }',
  },
};
const location = {
  href: "http://localhost/packages/p",
  host: "localhost",
  hostname: "localhost",
  pathname: "/packages/p",
  protocol: "http:",
  port: "",
};

describe("jsModuleRuntimePage", () => {
  it("holds one instance named as the module, with the package's query modules and their bindings", () => {
    const page = jsModuleRuntimePage(login, [signIn, login], location);
    expect(page.moduleInstances).toEqual([
      {
        name: "Login",
        jsModule: {
          source: "export default {}",
          inputs: [{ name: "home", type: "any", required: false, defaultValue: "Home", description: "" }],
        },
        queryModules: [
          {
            name: "sign_in",
            inputs: [{ name: "email", type: "any", required: false, defaultValue: "", description: "" }],
            bindings: ["inputs.email"],
          },
        ],
      },
    ]);
    expect(page.appsmith).toMatchObject({ store: {}, mode: "EDIT", URL: { pathname: "/packages/p" } });
  });
});
