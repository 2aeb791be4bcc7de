import { queryConfigSchema } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../errors";
import { kindOf, kindOfQuery, registry } from "./registry";

describe("kindOf", () => {
  it("returns the kind registered under its own name", () => {
    for (const [name, kind] of Object.entries(registry)) expect(kindOf(name)).toBe(kind);
    expect(kindOf("rest").kind).toBe("rest");
  });

  it("returns 400 unknown_kind naming the kind and the known ones", () => {
    const error = (() => {
      try {
        kindOf("mongodb");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "unknown_kind" });
    expect((error as ApiError).message).toContain('"mongodb"');
    expect((error as ApiError).message).toContain("rest");
  });

  it("does not take an inherited property for a kind", () => {
    expect(() => kindOf("toString")).toThrow(ApiError);
    expect(() => kindOf("__proto__")).toThrow(ApiError);
  });
});

describe("kindOfQuery", () => {
  it("runs a stored query without a kind as REST", () => {
    const config = queryConfigSchema.parse({ datasourceId: null });
    expect(kindOf(kindOfQuery(config))).toBe(registry.rest);
  });
});
