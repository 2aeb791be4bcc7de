import { describe, expect, it } from "vitest";
import { queryConfigSchema } from "./query";

describe("queryConfigSchema", () => {
  const config = (key: string, value = "v") => ({ datasourceId: null, headers: [{ key, value }] });

  it("refuses control characters in a header or parameter name", () => {
    for (const key of ["X-Trace\u0000", "X-Trace\r\nX-Admin", "X\u0085"]) {
      const result = queryConfigSchema.safeParse(config(key));
      expect(result.success, JSON.stringify(key)).toBe(false);
      expect(result.error?.issues[0].path).toEqual(["headers", 0, "key"]);
    }
  });

  it("keeps free text (a tab, a newline) in values and bodies", () => {
    expect(queryConfigSchema.safeParse(config("X-Note", "a\tb")).success).toBe(true);
    expect(queryConfigSchema.safeParse({ datasourceId: null, body: '{\n\t"a": 1\n}' }).success).toBe(true);
  });
});

describe("queryConfigSchema kinds", () => {
  it("reads a config stored without a kind as REST", () => {
    expect(queryConfigSchema.parse({ datasourceId: "ds", path: "/x" })).toEqual({
      kind: "rest",
      datasourceId: "ds",
      method: "GET",
      path: "/x",
      queryParams: [],
      headers: [],
      body: "",
    });
  });

  it("refuses a kind it does not know", () => {
    const result = queryConfigSchema.safeParse({ kind: "mongodb", datasourceId: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["kind"]);
  });
});
