import { describe, expect, it } from "vitest";
import { createDatasource } from "./test/createDatasource";
import { createWorkspace } from "./test/createWorkspace";
import { loginModule } from "./test/moduleBodies";
import { registerSecret } from "./test/responseLog";
import { signUp } from "./test/signUp";
import type { TestClient } from "./test/TestClient";
import { startTestServer } from "./test/testServer";

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[] };
type Operation = {
  requestBody?: { required: boolean; content: { "application/json": { schema: JsonSchema } } };
};

/** Cases that are no body at all, or an empty one, once unknown keys are stripped. */
const EMPTY_CASES = new Set(["empty object (missing fields)", "prototype keys", "JSON as text/plain"]);

const DEPTH = 10_000;

/** A value of the wrong JSON type for a schema. */
function wrongTypeFor(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return 12345;
    case "number":
    case "integer":
      return "12";
    case "boolean":
      return "true";
    case "array":
      return { length: 1 };
    default:
      return [1, "two", null];
  }
}

/** Every property of the schema set by `make`, as one object. */
function everyProperty(schema: JsonSchema, make: (property: JsonSchema) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, p]) => [name, make(p)]));
}

/** Malformed bodies for an operation whose body schema is `schema`, as raw request bodies. */
function malformedBodies(
  schema: JsonSchema,
): { label: string; body: string | Uint8Array; contentType?: string }[] {
  const json = (label: string, value: unknown) => ({ label, body: JSON.stringify(value) });
  const huge = "x".repeat(300_000);
  return [
    json("null", null),
    json("array instead of object", [everyProperty(schema, () => "a")]),
    json("string instead of object", "hello"),
    json("number instead of object", 42),
    json("empty object (missing fields)", {}),
    json("wrong types", everyProperty(schema, wrongTypeFor)),
    json(
      "nulls everywhere",
      everyProperty(schema, () => null),
    ),
    json(
      "huge strings",
      everyProperty(schema, () => huge),
    ),
    json(
      "far too big numbers",
      everyProperty(schema, () => 1e308),
    ),
    { label: "deep nested arrays", body: `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}` },
    { label: "deep nested objects", body: `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}` },
    {
      label: "deep nesting inside every property",
      body: `{${Object.keys(schema.properties ?? { x: {} })
        .map((name) => `${JSON.stringify(name)}:${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`)
        .join(",")}}`,
    },
    {
      label: "lone surrogates in every string",
      body: `{${Object.keys(schema.properties ?? { x: {} })
        .map((name) => `${JSON.stringify(name)}:"\\ud800abc"`)
        .join(",")}}`,
    },
    {
      label: "bytes that are not UTF-8",
      body: Buffer.concat([
        Buffer.from(
          `{${Object.keys(schema.properties ?? { x: {} })
            .map((name) => `${JSON.stringify(name)}:"`)
            .join("")}`,
        ),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('"}'),
      ]),
    },
    json(
      "prototype keys",
      JSON.parse('{"__proto__":{"isInstanceAdmin":true},"constructor":{"prototype":{}}}'),
    ),
    { label: "truncated JSON", body: '{"name": "abc' },
    {
      label: "JSON as text/plain",
      body: JSON.stringify(everyProperty(schema, () => "a")),
      contentType: "text/plain",
    },
  ];
}

describe("fuzzing every write operation from the OpenAPI document", async () => {
  const server = await startTestServer();
  const signedIn = server.client();
  const user = await signUp(signedIn);
  const workspace = await createWorkspace(signedIn);
  const datasource = await createDatasource(signedIn, workspace.id, registerSecret("sk-fuzz-secret"));
  const pkg = (await signedIn.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Auth" })).body
    .package;
  const module = (await signedIn.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).body.module;
  await signedIn.post(`/api/v1/packages/${pkg.id}/publish`);
  const created = (
    await signedIn.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Fuzz", isPublic: true })
  ).body;
  const ids: Record<string, string> = {
    workspaceId: workspace.id,
    datasourceId: datasource.id,
    packageId: pkg.id,
    moduleId: module.id,
    appId: created.app.id,
    pageId: created.pages[0].id,
    userId: user.id,
    version: "1",
    appSlug: created.app.slug,
  };
  const document = (await signedIn.get("/api/openapi.json")).body as {
    paths: Record<string, Record<string, Operation>>;
  };
  const writes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method, op]) => ["post", "put", "patch"].includes(method) && op.requestBody)
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path: path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? "unknown"),
        schema: op.requestBody!.content["application/json"].schema,
        optional: !op.requestBody!.required,
      })),
  );

  it("finds the write operations in the document", () => {
    expect(writes.length).toBeGreaterThanOrEqual(15);
    expect(writes.map((w) => w.path)).toContain("/api/v1/run");
  });

  async function fuzz(client: TestClient): Promise<string[]> {
    const failures: string[] = [];
    for (const write of writes) {
      for (const bad of malformedBodies(write.schema)) {
        // Where the body is optional, sending none (or an empty one) is a valid request.
        if (write.optional && EMPTY_CASES.has(bad.label)) continue;
        const res = await client.request(write.method, write.path, bad.body, {
          "content-type": bad.contentType ?? "application/json",
        });
        if (res.status < 400 || res.status >= 500 || typeof res.body?.error?.code !== "string") {
          failures.push(
            `${write.method} ${write.path} with ${bad.label}: ${res.status} ${res.text.slice(0, 120)}`,
          );
        }
      }
    }
    return failures;
  }

  it("answers 4xx with an error code to every malformed body when signed in", async () => {
    expect(await fuzz(signedIn)).toEqual([]);
    // The fixtures survived: nothing malformed was written.
    expect((await signedIn.get(`/api/v1/packages/${pkg.id}`)).body.modules).toHaveLength(1);
  }, 60_000);

  it("answers 4xx with an error code to every malformed body when signed out", async () => {
    expect(await fuzz(server.client())).toEqual([]);
  }, 60_000);

  it("never answers 5xx to malformed path parameters, whatever the method", async () => {
    const failures: string[] = [];
    const badIds = ["%E0%A4%A", "x".repeat(5_000), "%00", "..%2F..%2Fetc", "1e400", "%F0%9F%92%A9"];
    for (const [path, methods] of Object.entries(document.paths)) {
      if (!path.includes("{")) continue;
      for (const method of Object.keys(methods)) {
        for (const bad of badIds) {
          const url = path.replace(/\{\w+\}/g, bad);
          const res = await signedIn.request(method.toUpperCase(), url, method === "get" ? undefined : {});
          if (res.status >= 500) failures.push(`${method} ${url.slice(0, 80)}: ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
