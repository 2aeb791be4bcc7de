import { describe, expect, it } from "vitest";
import { pageDocFixture } from "../test/pageDocFixture";
import { addAppQuery } from "./addAppQuery";

describe("addAppQuery", () => {
  it("starts a query of the datasource's kind from the model's empty config", () => {
    const doc = addAppQuery(pageDocFixture(), { id: "q", datasourceId: "pg", kind: "postgres" });
    expect(doc.queries[0]).toEqual({
      id: "q",
      name: "Query1",
      config: { kind: "postgres", datasourceId: "pg", sql: "" },
      runOnPageLoad: false,
    });
  });

  it("names REST calls Api1 and starts them as a GET", () => {
    const doc = addAppQuery(pageDocFixture(), { id: "q", datasourceId: null });
    expect(doc.queries[0]).toMatchObject({ name: "Api1", config: { kind: "rest", method: "GET" } });
  });
});
