import type { QueryConfig } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { evaluateModuleExpression, moduleBindingValues, testInputValues } from "./moduleBindingValues";

const config: QueryConfig = {
  datasourceId: "ds1",
  method: "POST",
  path: "/token?grant_type=password",
  queryParams: [{ key: "tenant", value: "{{inputs.tenant}}" }],
  headers: [],
  body: '{ "email": {{inputs.email}}, "password": {{ inputs.password }}, "again": {{inputs.email}} }',
};

describe("evaluateModuleExpression", () => {
  it("reads input paths, including bracket keys and nested values", () => {
    const inputs = { email: "a@b.c", "e-mail": "x", user: { id: 7 } };
    expect(evaluateModuleExpression("inputs.email", inputs)).toEqual({ value: "a@b.c" });
    expect(evaluateModuleExpression("inputs['e-mail']", inputs)).toEqual({ value: "x" });
    expect(evaluateModuleExpression("inputs.user.id", inputs)).toEqual({ value: 7 });
    expect(evaluateModuleExpression("inputs.missing.deep", inputs)).toEqual({ value: undefined });
  });

  it("reads JSON literals and reports other code", () => {
    expect(evaluateModuleExpression("42", {})).toEqual({ value: 42 });
    expect(evaluateModuleExpression("inputs.a + 1", {})).toHaveProperty("error");
  });
});

describe("testInputValues", () => {
  it("prefers typed test values and falls back to defaults", () => {
    const inputs = [
      { name: "email", type: "any", required: false, defaultValue: "default@x.y", description: "" },
      { name: "password", type: "any", required: false, defaultValue: "pw", description: "" },
      { name: "count", type: "any", required: false, defaultValue: "{{3}}", description: "" },
      { name: "limit", type: "number", required: false, defaultValue: "10", description: "" },
    ] as const;
    expect(testInputValues([...inputs], { email: "demo@example.com", password: "" })).toEqual({
      email: "demo@example.com",
      password: "pw",
      count: 3,
      limit: 10,
    });
  });
});

describe("moduleBindingValues", () => {
  it("keys values by expression text", () => {
    expect(moduleBindingValues(config, { email: "a@b.c", password: "pw", tenant: "t" })).toEqual({
      values: { "inputs.tenant": "t", "inputs.email": "a@b.c", "inputs.password": "pw" },
    });
  });

  it("returns the errors of expressions it cannot evaluate", () => {
    const result = moduleBindingValues({ ...config, body: "{{Date.now()}}" }, {});
    expect(result).toEqual({ errors: [expect.stringContaining("Date.now()")] });
  });
});
