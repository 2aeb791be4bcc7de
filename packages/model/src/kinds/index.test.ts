import { describe, expect, it } from "vitest";
import { emptyQueryConfig } from "../queryKinds";
import { datasourceBodySchema, modelKinds, queryConfigSchema } from "./index";

describe("the kinds list", () => {
  it("names each kind's model by its own kind", () => {
    for (const [name, model] of Object.entries(modelKinds)) expect(model.kind).toBe(name);
    expect(Object.keys(modelKinds)).toEqual(["rest", "postgres", "graphql"]);
  });

  it("parses each kind's empty config as a query config of that kind", () => {
    for (const name of Object.keys(modelKinds) as (keyof typeof modelKinds)[]) {
      const config = emptyQueryConfig(name, "ds");
      expect(queryConfigSchema.parse(config)).toEqual(config);
      expect(queryConfigSchema.parse(config).kind).toBe(name);
    }
  });

  it("reads a body and a config without a kind as the first kind's", () => {
    expect(datasourceBodySchema.parse({ name: "API", baseUrl: "https://api.example.com" }).kind).toBe("rest");
    expect(queryConfigSchema.parse({ datasourceId: null }).kind).toBe("rest");
  });

  it("refuses a kind no file defines, naming the field", () => {
    const result = queryConfigSchema.safeParse({ kind: "mongodb", datasourceId: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["kind"]);
  });
});
