import type { GraphqlDatasource, PostgresDatasource, RestDatasource } from "@tessera/model";
import { describe, expect, it } from "vitest";
import type { PostgresDatasourceForm } from "../kindForms/postgres";
import type { RestDatasourceForm } from "../kindForms/rest";
import { type DatasourceForm, emptyForm, fieldErrorOfResponse, formOf, inputOf } from "./datasourceForm";
import { datasourceInputOf } from "./datasourceInputOf";

const datasource: RestDatasource = {
  kind: "rest",
  id: "ds1",
  workspaceId: "w1",
  name: "Auth",
  baseUrl: "http://localhost:3001/auth/v1",
  headers: [
    { name: "apikey", secret: true, hasValue: true },
    { name: "x-plain", secret: false, value: "1", hasValue: true },
  ],
  timeoutMs: 5000,
  updatedAt: "2026-01-01T00:00:00Z",
};

const postgres: PostgresDatasource = {
  kind: "postgres",
  id: "ds2",
  workspaceId: "w1",
  name: "Shop",
  host: "127.0.0.1",
  port: 5432,
  database: "shop",
  user: "reader",
  hasPassword: true,
  sslMode: "prefer",
  readOnly: true,
  statementTimeoutMs: 10_000,
  rowCap: 500,
  updatedAt: "2026-01-01T00:00:00Z",
};

const graphql: GraphqlDatasource = {
  kind: "graphql",
  id: "ds3",
  workspaceId: "w1",
  name: "Catalog",
  endpoint: "https://api.example.com/graphql",
  headers: [{ name: "Authorization", secret: true, hasValue: true }],
  timeoutMs: 10_000,
  updatedAt: "2026-01-01T00:00:00Z",
};

const restForm = () => formOf(datasource) as RestDatasourceForm;
const postgresForm = () => formOf(postgres) as PostgresDatasourceForm;

describe("REST datasource form", () => {
  it("keeps an untouched secret by sending it without a value", () => {
    expect(inputOf(restForm())).toEqual({
      input: {
        kind: "rest",
        name: "Auth",
        baseUrl: "http://localhost:3001/auth/v1",
        timeoutMs: 5000,
        headers: [
          { name: "apikey", secret: true },
          { name: "x-plain", value: "1", secret: false },
        ],
      },
    });
  });

  it("sends a retyped secret", () => {
    const form = restForm();
    form.headers[0] = { ...form.headers[0], value: "new-key", retyped: true };
    const result = inputOf(form);
    expect("input" in result && result.input.kind === "rest" && result.input.headers[0]).toEqual({
      name: "apikey",
      value: "new-key",
      secret: true,
    });
  });

  it("refuses to unmask a stored secret that was not retyped", () => {
    const form = restForm();
    form.headers[0] = { ...form.headers[0], secret: false };
    expect(inputOf(form)).toEqual({
      error: { field: "headers", message: "Type the value of header apikey to make it non-secret." },
    });
  });

  it("refuses a timeout out of range, naming the field", () => {
    const result = inputOf({ ...restForm(), timeoutMs: "50" });
    expect(result).toMatchObject({
      error: { field: "timeoutMs", message: expect.stringMatching(/^Timeout/) },
    });
  });

  it("saves unchanged what it loaded (rename)", () => {
    const result = inputOf(restForm());
    expect("input" in result && result.input).toEqual(datasourceInputOf(datasource));
  });
});

describe("PostgreSQL datasource form", () => {
  it("keeps the stored password when none is typed", () => {
    const result = inputOf(postgresForm());
    expect(result).toEqual({
      input: {
        kind: "postgres",
        name: "Shop",
        host: "127.0.0.1",
        port: 5432,
        database: "shop",
        user: "reader",
        sslMode: "prefer",
        readOnly: true,
        statementTimeoutMs: 10_000,
        rowCap: 500,
      },
    });
    expect("input" in result && result.input).toEqual(datasourceInputOf(postgres));
  });

  it("sends a typed password, and an empty one only to remove it", () => {
    const typed = inputOf({ ...postgresForm(), password: "s3cret" });
    expect("input" in typed && typed.input).toMatchObject({ password: "s3cret" });
    const removed = inputOf({ ...postgresForm(), clearPassword: true });
    expect("input" in removed && removed.input).toMatchObject({ password: "" });
  });

  it("names the field the model's schema refuses", () => {
    expect(inputOf({ ...postgresForm(), host: "" })).toMatchObject({ error: { field: "host" } });
    expect(inputOf({ ...postgresForm(), port: "" })).toMatchObject({ error: { field: "port" } });
    expect(inputOf({ ...postgresForm(), host: "db.internal:5432/x" })).toMatchObject({
      error: { field: "host", message: expect.stringMatching(/^Host: must be a host name/) },
    });
  });

  it("starts new with the server's defaults and nothing to keep", () => {
    const form = { ...(emptyForm("postgres") as PostgresDatasourceForm), name: "New", host: "h" };
    const result = inputOf({ ...form, database: "d", user: "u" });
    expect("input" in result && result.input).toEqual({
      kind: "postgres",
      name: "New",
      host: "h",
      port: 5432,
      database: "d",
      user: "u",
      sslMode: "prefer",
      readOnly: false,
      statementTimeoutMs: 10_000,
      rowCap: 10_000,
    });
  });
});

describe("GraphQL datasource form", () => {
  it("round-trips the endpoint and keeps its secret headers", () => {
    const result = inputOf(formOf(graphql));
    expect(result).toEqual({
      input: {
        kind: "graphql",
        name: "Catalog",
        endpoint: "https://api.example.com/graphql",
        timeoutMs: 10_000,
        headers: [{ name: "Authorization", secret: true }],
      },
    });
  });

  it("refuses an endpoint that is not http(s)", () => {
    const form: DatasourceForm = {
      ...formOf(graphql),
      kind: "graphql",
      endpoint: "ftp://x",
    } as DatasourceForm;
    expect(inputOf(form)).toMatchObject({ error: { field: "endpoint" } });
  });
});

describe("fieldErrorOfResponse", () => {
  it("turns a 400's path into the field and a message naming it", () => {
    expect(fieldErrorOfResponse("body.host", "body.host: must not be empty")).toEqual({
      field: "host",
      message: "Host: must not be empty",
    });
    expect(
      fieldErrorOfResponse("body.headers.2.name", "body.headers.2.name: must be a valid HTTP header name"),
    ).toEqual({ field: "headers", message: "Header 3 name: must be a valid HTTP header name" });
  });

  it("names no field for errors outside the body", () => {
    expect(fieldErrorOfResponse(undefined, "Datasource not found")).toBeNull();
    expect(fieldErrorOfResponse("params.datasourceId", "bad")).toBeNull();
  });
});
