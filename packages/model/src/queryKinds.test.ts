import { describe, expect, it } from "vitest";
import { queryConfigSchema } from "./query";
import { emptyQueryConfig, mapQueryConfigBindings, queryConfigBindings } from "./queryKinds";

const rest = queryConfigSchema.parse({
  kind: "rest",
  datasourceId: "ds",
  method: "POST",
  path: "/users/{{inputs.id}}",
  queryParams: [{ key: "{{inputs.key}}", value: "{{inputs.id}}" }],
  headers: [{ key: "Authorization", value: "Bearer {{inputs.token}}" }],
  body: '{ "a": {{ { x: inputs.a } }} }',
});

describe("queryConfigBindings", () => {
  it("collects each distinct expression of path, params, headers and body in order", () => {
    expect(queryConfigBindings(rest)).toEqual(["inputs.id", "inputs.key", "inputs.token", "{ x: inputs.a }"]);
  });

  it("lists an expression repeated across places once, where it first appears", () => {
    const config = queryConfigSchema.parse({
      datasourceId: null,
      path: "/{{a}}/{{b}}",
      queryParams: [{ key: "b", value: "{{b}}" }],
      headers: [{ key: "X", value: "{{c}} {{a}}" }],
      body: "{{c}}{{d}}",
    });
    expect(queryConfigBindings(config)).toEqual(["a", "b", "c", "d"]);
  });

  it("is empty for a query without bindings", () => {
    expect(queryConfigBindings(queryConfigSchema.parse({ datasourceId: null, path: "/health" }))).toEqual([]);
  });
});

describe("mapQueryConfigBindings", () => {
  it("rewrites the path, every parameter and header key and value, and the body", () => {
    const mapped = mapQueryConfigBindings(rest, (text) => `<${text}>`);
    expect(mapped).toEqual({
      kind: "rest",
      datasourceId: "ds",
      method: "POST",
      path: "</users/{{inputs.id}}>",
      queryParams: [{ key: "<{{inputs.key}}>", value: "<{{inputs.id}}>" }],
      headers: [{ key: "<Authorization>", value: "<Bearer {{inputs.token}}>" }],
      body: '<{ "a": {{ { x: inputs.a } }} }>',
    });
  });

  it("visits exactly the texts whose bindings queryConfigBindings lists", () => {
    const seen: string[] = [];
    mapQueryConfigBindings(rest, (text) => {
      seen.push(text);
      return text;
    });
    expect(seen).toEqual([
      "/users/{{inputs.id}}",
      "{{inputs.key}}",
      "{{inputs.id}}",
      "Authorization",
      "Bearer {{inputs.token}}",
      '{ "a": {{ { x: inputs.a } }} }',
    ]);
  });
});

describe("emptyQueryConfig", () => {
  it("is a REST GET with nothing in it, which the schema accepts unchanged", () => {
    const empty = emptyQueryConfig("rest", "ds");
    expect(empty).toEqual({
      kind: "rest",
      datasourceId: "ds",
      method: "GET",
      path: "",
      queryParams: [],
      headers: [],
      body: "",
    });
    expect(queryConfigSchema.parse(empty)).toEqual(empty);
  });
});

describe("postgres query configs", () => {
  const sql = queryConfigSchema.parse({
    kind: "postgres",
    datasourceId: "db",
    sql: "SELECT * FROM users WHERE email ILIKE {{inputs.search}} AND id = ANY({{ids}}) OR email = {{inputs.search}}",
  });

  it("lists the distinct expressions of the SQL in order", () => {
    expect(queryConfigBindings(sql)).toEqual(["inputs.search", "ids"]);
  });

  it("maps the SQL text and nothing else", () => {
    expect(mapQueryConfigBindings(sql, (text) => text.replaceAll("inputs.search", "inputs.q"))).toEqual({
      ...sql,
      sql: "SELECT * FROM users WHERE email ILIKE {{inputs.q}} AND id = ANY({{ids}}) OR email = {{inputs.q}}",
    });
  });

  it("starts empty, and the schema accepts the empty config unchanged", () => {
    const empty = emptyQueryConfig("postgres", "db");
    expect(empty).toEqual({ kind: "postgres", datasourceId: "db", sql: "" });
    expect(queryConfigSchema.parse(empty)).toEqual(empty);
  });
});

describe("graphql query configs", () => {
  const gql = queryConfigSchema.parse({
    kind: "graphql",
    datasourceId: "api",
    query: "query ($email: String!) { user(email: $email) { id } }",
    variables: '{ "email": {{Input1.text}}, "limit": {{limit}} }',
  });

  it("lists the expressions of the variables only", () => {
    expect(queryConfigBindings(gql)).toEqual(["Input1.text", "limit"]);
    const withBraces = queryConfigSchema.parse({ ...gql, query: "{{ notABinding }}" });
    expect(queryConfigBindings(withBraces)).toEqual(["Input1.text", "limit"]);
  });

  it("maps the variables and keeps the operation text", () => {
    const seen: string[] = [];
    const mapped = mapQueryConfigBindings(gql, (text) => {
      seen.push(text);
      return text.replace("Input1", "Input2");
    });
    expect(seen).toEqual([gql.kind === "graphql" ? gql.variables : ""]);
    expect(mapped).toEqual({ ...gql, variables: '{ "email": {{Input2.text}}, "limit": {{limit}} }' });
  });

  it("starts empty, and the schema accepts the empty config unchanged", () => {
    const empty = emptyQueryConfig("graphql", null);
    expect(empty).toEqual({ kind: "graphql", datasourceId: null, query: "", variables: "" });
    expect(queryConfigSchema.parse(empty)).toEqual(empty);
  });
});
