import { queryConfigSchema } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { queryBindings } from "./queryBindings";

describe("queryBindings", () => {
  it("collects each distinct expression of path, params, headers and body in order", () => {
    const config = queryConfigSchema.parse({
      datasourceId: "ds",
      path: "/users/{{inputs.id}}",
      queryParams: [{ key: "{{inputs.key}}", value: "{{inputs.id}}" }],
      headers: [{ key: "Authorization", value: "Bearer {{inputs.token}}" }],
      body: '{ "a": {{ { x: inputs.a } }} }',
    });
    expect(queryBindings(config)).toEqual(["inputs.id", "inputs.key", "inputs.token", "{ x: inputs.a }"]);
  });

  it("is empty for a query without bindings", () => {
    expect(queryBindings(queryConfigSchema.parse({ datasourceId: null, path: "/health" }))).toEqual([]);
  });
});
