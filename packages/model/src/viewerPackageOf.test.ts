import { describe, expect, it } from "vitest";
import { viewerPackageOf } from "./viewerPackageOf";

describe("viewerPackageOf", () => {
  it("keeps JS modules whole and reduces query modules to their inputs and bindings", () => {
    const pkg = viewerPackageOf({
      packageId: "p1",
      version: 2,
      modules: [
        { kind: "js", name: "Login", inputs: [], source: "export default {}" },
        {
          kind: "query",
          name: "sign_in",
          inputs: [{ name: "email", type: "text", required: false, defaultValue: "", description: "" }],
          config: {
            kind: "rest",
            datasourceId: "ds",
            method: "POST",
            path: "/token",
            queryParams: [],
            headers: [{ key: "X-Tenant", value: "{{inputs.tenant}}" }],
            body: "{{inputs.email}}",
          },
        },
      ],
    });
    expect(pkg).toEqual({
      packageId: "p1",
      version: 2,
      jsModules: [{ kind: "js", name: "Login", inputs: [], source: "export default {}" }],
      queryModules: [
        {
          name: "sign_in",
          inputs: [{ name: "email", type: "text", required: false, defaultValue: "", description: "" }],
          bindings: ["inputs.tenant", "inputs.email"],
        },
      ],
      uiModules: [],
    });
  });
});
