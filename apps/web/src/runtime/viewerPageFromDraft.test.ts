import { describe, expect, it } from "vitest";
import { queryConfigBindings, viewerPackageFromVersion } from "./viewerPageFromDraft";

describe("queryConfigBindings", () => {
  it("lists each expression of path, params, headers and body once", () => {
    expect(
      queryConfigBindings({
        datasourceId: "ds",
        method: "POST",
        path: "/users/{{inputs.id}}",
        queryParams: [{ key: "q", value: "{{inputs.q}}" }],
        headers: [{ key: "Authorization", value: "Bearer {{inputs.token}}" }],
        body: '{ "id": {{inputs.id}} }',
      }),
    ).toEqual(["inputs.id", "inputs.q", "inputs.token"]);
  });
});

describe("viewerPackageFromVersion", () => {
  it("keeps JS modules whole and reduces query modules to their bindings", () => {
    const pkg = viewerPackageFromVersion({
      packageId: "p1",
      version: 2,
      publishedAt: "2026-01-01T00:00:00.000Z",
      modules: [
        { kind: "js", name: "Login", inputs: [], source: "export default {}" },
        {
          kind: "query",
          name: "sign_in",
          inputs: [{ name: "email", defaultValue: "" }],
          config: {
            datasourceId: "ds",
            method: "POST",
            path: "/token",
            queryParams: [],
            headers: [],
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
        { name: "sign_in", inputs: [{ name: "email", defaultValue: "" }], bindings: ["inputs.email"] },
      ],
    });
  });
});
