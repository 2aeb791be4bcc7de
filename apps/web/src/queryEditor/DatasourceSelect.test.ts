import { type Datasource, emptyQueryConfig } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { queryConfigOnDatasource } from "./DatasourceSelect";

const rest: Datasource = {
  kind: "rest",
  id: "api",
  workspaceId: "w",
  name: "API",
  baseUrl: "https://api.example.com",
  headers: [],
  timeoutMs: 10_000,
  updatedAt: "2026-01-01T00:00:00Z",
};
const shop: Datasource = {
  kind: "postgres",
  id: "shop",
  workspaceId: "w",
  name: "Shop",
  host: "127.0.0.1",
  port: 5432,
  database: "shop",
  user: "u",
  hasPassword: false,
  sslMode: "prefer",
  readOnly: false,
  statementTimeoutMs: 10_000,
  rowCap: 10_000,
  updatedAt: "2026-01-01T00:00:00Z",
};

describe("queryConfigOnDatasource", () => {
  it("keeps the query when the datasource is of its kind", () => {
    const config = { ...emptyQueryConfig("rest", null), path: "/users" };
    expect(queryConfigOnDatasource(config, rest)).toEqual({ ...config, datasourceId: "api" });
  });

  it("turns the query into an empty one of another datasource's kind", () => {
    expect(queryConfigOnDatasource(emptyQueryConfig("rest", "api"), shop)).toEqual({
      kind: "postgres",
      datasourceId: "shop",
      sql: "",
    });
  });

  it("keeps the query's text when its datasource is cleared", () => {
    const config = { ...emptyQueryConfig("postgres", "shop"), sql: "SELECT 1" };
    expect(queryConfigOnDatasource(config, null)).toEqual({ ...config, datasourceId: null });
  });
});
