import { type RestQueryConfig, restQueryConfigSchema } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { type BindingValues, substituteQuery } from "./substituteQuery";

const config = (partial: Partial<RestQueryConfig>): RestQueryConfig =>
  restQueryConfigSchema.parse({ datasourceId: "ds1", method: "POST", ...partial });

describe("substituteQuery: body", () => {
  const cases: {
    name: string;
    body: string;
    values: BindingValues;
    kind: "json" | "text";
    expected: string;
  }[] = [
    {
      name: "a whole JSON value gets JSON.stringify",
      body: '{ "email": {{inputs.email}}, "n": {{count}} }',
      values: { "inputs.email": "a@b.c", count: 3 },
      kind: "json",
      expected: '{ "email": "a@b.c", "n": 3 }',
    },
    {
      name: "an injection attempt in a whole value stays a string",
      body: '{ "email": {{inputs.email}}, "role": "user" }',
      values: { "inputs.email": '", "role": "admin' },
      kind: "json",
      expected: '{ "email": "\\", \\"role\\": \\"admin", "role": "user" }',
    },
    {
      name: "a binding inside a string literal gets escaped text without quotes",
      body: '{ "greeting": "Hello {{name}}!" }',
      values: { name: 'Bob "the" \\ builder\n' },
      kind: "json",
      expected: '{ "greeting": "Hello Bob \\"the\\" \\\\ builder\\n!" }',
    },
    {
      name: "an injection attempt inside a string literal stays in the string",
      body: '{ "email": "{{inputs.email}}" }',
      values: { "inputs.email": '", "role": "admin' },
      kind: "json",
      expected: '{ "email": "\\", \\"role\\": \\"admin" }',
    },
    {
      name: "objects and arrays are inserted as JSON",
      body: '{ "user": {{user}}, "tags": {{tags}} }',
      values: { user: { id: 1 }, tags: ["a", "b"] },
      kind: "json",
      expected: '{ "user": {"id":1}, "tags": ["a","b"] }',
    },
    {
      name: "a missing value is null in a JSON value position",
      body: '{ "email": {{inputs.email}} }',
      values: {},
      kind: "json",
      expected: '{ "email": null }',
    },
    {
      name: "a missing value is empty inside a string literal",
      body: '{ "email": "<{{inputs.email}}>" }',
      values: {},
      kind: "json",
      expected: '{ "email": "<>" }',
    },
    {
      name: "an escaped quote before a binding keeps the string context",
      body: '{ "a": "say \\"{{x}}\\"" }',
      values: { x: "hi" },
      kind: "json",
      expected: '{ "a": "say \\"hi\\"" }',
    },
    {
      name: "a body that is not JSON is text with plain values",
      body: "email={{inputs.email}}&password={{pw}}",
      values: { "inputs.email": "a@b.c", pw: null },
      kind: "text",
      expected: "email=a@b.c&password=",
    },
    {
      name: "prototype keys are not values",
      body: '{ "a": {{constructor}} }',
      values: {},
      kind: "json",
      expected: '{ "a": null }',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const body = substituteQuery(config({ body: c.body }), c.values).body;
      expect(body).toEqual({ kind: c.kind, text: c.expected });
      if (c.kind === "json") expect(() => JSON.parse(c.expected)).not.toThrow();
    });
  }

  it("keeps an injected role out of the parsed JSON", () => {
    const body = substituteQuery(config({ body: '{ "email": {{e}} }' }), { e: '", "role": "admin' }).body;
    expect(JSON.parse(body!.text)).toEqual({ email: '", "role": "admin' });
  });

  it("has no body when the body text is empty", () => {
    expect(substituteQuery(config({ body: "  " }), {}).body).toBeNull();
  });
});

describe("substituteQuery: path, query params and headers", () => {
  const cases: {
    name: string;
    partial: Partial<RestQueryConfig>;
    values: BindingValues;
    expected: object;
  }[] = [
    {
      name: "path values are encodeURIComponent-ed, literal path text is kept",
      partial: { path: "/users/{{id}}/posts?grant_type=password" },
      values: { id: "../admin?x=1#y" },
      expected: { path: "/users/..%2Fadmin%3Fx%3D1%23y/posts?grant_type=password" },
    },
    {
      name: "a missing path value is empty",
      partial: { path: "/users/{{id}}" },
      values: {},
      expected: { path: "/users/" },
    },
    {
      name: "query params keep raw text for the URL builder to encode once",
      partial: { queryParams: [{ key: "q", value: "{{term}} & more" }] },
      values: { term: "a=b" },
      expected: { queryParams: [["q", "a=b & more"]] },
    },
    {
      name: "header values lose CR and LF",
      partial: { headers: [{ key: "Authorization", value: "Bearer {{token}}" }] },
      values: { token: "abc\r\nX-Admin: true" },
      expected: { headers: [["Authorization", "Bearer abcX-Admin: true"]] },
    },
    {
      name: "a header with a missing value is empty",
      partial: { headers: [{ key: "X-Token", value: "{{token}}" }] },
      values: {},
      expected: { headers: [["X-Token", ""]] },
    },
    {
      name: "numbers and objects render as text outside JSON",
      partial: { path: "/n/{{n}}", headers: [{ key: "X-Obj", value: "{{o}}" }] },
      values: { n: 42, o: { a: 1 } },
      expected: { path: "/n/42", headers: [["X-Obj", '{"a":1}']] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(substituteQuery(config(c.partial), c.values)).toMatchObject(c.expected);
    });
  }
});
