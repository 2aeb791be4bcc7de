import { Writable } from "node:stream";
import { emptyPageDoc, type ModuleBody, type PageDoc } from "@tessera/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostgresBin } from "../../../../../scripts/lib/postgres.mjs";
import { createLogger } from "../../logging/createLogger";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import {
  createPostgresDatasourceDatabase,
  type PostgresDatasourceDatabase,
} from "../../test/postgresDatasourceDatabase";
import { registerSecret, responseLog } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import type { TestClient } from "../../test/TestClient";
import { startTestServer, type TestServer } from "../../test/testServer";
import { insertApp, insertPackage } from "./insertRunFixtures";

const INJECTION = "'; DROP TABLE users; --";

// Without PostgreSQL installed (a developer's machine; CI installs it) there is nothing to run against.
const postgresAvailable = Boolean(
  process.env.TEST_POSTGRES_URL || process.env.TEST_DATABASE_URL || findPostgresBin(),
);

describe.skipIf(!postgresAvailable)("PostgreSQL datasources, against a real server", () => {
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  let db: PostgresDatasourceDatabase;
  let server: TestServer;
  let admin: TestClient;
  let viewer: TestClient;
  let developer: TestClient;
  let workspaceId = "";
  let datasourceId = "";
  let packageId = "";
  let app: { appId: string; pageId: string };

  const sqlQuery = (id: string, name: string, sql: string) => ({
    id,
    name,
    runOnPageLoad: false,
    config: { kind: "postgres" as const, datasourceId, sql },
  });

  const createPostgres = async (fields: Record<string, unknown>) => {
    const res = await admin.post(`/api/v1/workspaces/${workspaceId}/datasources`, {
      kind: "postgres",
      name: "Users DB",
      host: db.host,
      port: db.port,
      database: db.database,
      user: db.user,
      password: db.password,
      sslMode: "prefer",
      statementTimeoutMs: 500,
      rowCap: 20,
      ...fields,
    });
    expect(res.status).toBe(201);
    return res.body.datasource;
  };

  beforeAll(async () => {
    db = await createPostgresDatasourceDatabase();
    registerSecret(db.password);
    await db.admin(`CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, name text)`);
    await db.admin(`ALTER TABLE users OWNER TO ${db.user}`);
    await db.admin(
      `INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada'), ('bob@example.com', 'Bob'), ('cy@other.org', 'Cy'), ($1, 'Mallory')`,
      [INJECTION],
    );
    server = await startTestServer({}, { logger: createLogger("debug", logStream) });
    admin = server.client();
    viewer = server.client();
    developer = server.client();
    await signUp(admin);
    const viewerUser = await signUp(viewer);
    const developerUser = await signUp(developer);
    workspaceId = (await createWorkspace(admin)).id;
    await addMember(admin, workspaceId, viewerUser.email, "viewer");
    await addMember(admin, workspaceId, developerUser.email, "developer");
    datasourceId = (await createPostgres({})).id;

    const findUsers: ModuleBody = {
      kind: "query",
      name: "find_users",
      inputs: [{ name: "search", defaultValue: "%" }],
      config: {
        kind: "postgres",
        datasourceId,
        sql: "SELECT id, email FROM users WHERE email ILIKE {{inputs.search}} ORDER BY id",
      },
    };
    packageId = (await insertPackage(admin, workspaceId, [findUsers])).id;
    const doc: PageDoc = {
      ...emptyPageDoc(),
      queries: [
        sqlQuery("q1", "slow", "SELECT pg_sleep(3)"),
        sqlQuery("q2", "many", "SELECT g FROM generate_series(1, 100) AS g"),
        sqlQuery("q3", "quoted", "SELECT * FROM users WHERE name = '{{Input1.text}}'"),
        sqlQuery("q4", "byIds", "SELECT name FROM users WHERE id = ANY({{ids}}) ORDER BY id"),
        sqlQuery("q5", "broken", "SELECT * FROM nowhere"),
      ],
      moduleInstances: [
        { id: "i1", name: "Users1", packageId, moduleName: "find_users", version: 1, runOnPageLoad: [] },
      ],
    };
    app = await insertApp(admin, server.store, workspaceId, { isPublic: false, doc });
  });

  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const deployed = (query: string, values: Record<string, unknown> = {}, instance?: string) => ({
    scope: "deployment",
    ...app,
    ...(instance ? { instance } : {}),
    query,
    values,
  });

  it("presents the datasource without its password, only that it has one", async () => {
    const res = await admin.get(`/api/v1/datasources/${datasourceId}`);
    expect(res.body.datasource).toMatchObject({
      kind: "postgres",
      host: db.host,
      hasPassword: true,
      rowCap: 20,
    });
    expect(res.body.datasource).not.toHaveProperty("password");
    expect(res.body.datasource).not.toHaveProperty("passwordSealed");
  });

  it("runs find_users through the package and the deployed app, rows and typed fields", async () => {
    const expected = {
      rows: [
        { id: 1, email: "ada@example.com" },
        { id: 2, email: "bob@example.com" },
      ],
      fields: [
        { name: "id", type: "int4" },
        { name: "email", type: "text" },
      ],
      rowCount: 2,
      truncated: false,
    };
    const values = { "inputs.search": "%@example.com" };
    for (const version of [1, null]) {
      const res = await developer.post("/api/v1/run", {
        scope: "package",
        packageId,
        version,
        query: "find_users",
        values,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ ok: true, status: 200, body: expected });
    }
    const res = await viewer.post("/api/v1/run", deployed("find_users", values, "Users1"));
    expect(res.body.body).toEqual(expected);
  });

  it("sends an injection attempt as data: it matches as text and the table stays", async () => {
    const res = await developer.post("/api/v1/run", {
      scope: "package",
      packageId,
      version: 1,
      query: "find_users",
      values: { "inputs.search": INJECTION },
    });
    expect(res.body.body.rows).toEqual([{ id: 4, email: INJECTION }]);
    expect((await db.admin<{ n: string }>("SELECT count(*) AS n FROM users")).rows[0].n).toBe("4");
  });

  it("passes an array for = ANY(...)", async () => {
    const res = await developer.post("/api/v1/run", {
      ...deployed("byIds", { ids: [1, 3] }),
      scope: "draft",
    });
    expect(res.body.body.rows).toEqual([{ name: "Ada" }, { name: "Cy" }]);
  });

  it("refuses a binding inside quotes, saying how to write it", async () => {
    const res = await developer.post("/api/v1/run", {
      ...deployed("quoted", { "Input1.text": "Ada" }),
      scope: "draft",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("binding_in_quotes");
    expect(res.body.error.message).toContain("WHERE name = {{Input1.text}}, not '{{Input1.text}}'");
  });

  it("answers PostgreSQL's own message and position for an unknown table", async () => {
    const res = await developer.post("/api/v1/run", { ...deployed("broken"), scope: "draft" });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "sql_error" });
    expect(res.body.error.message).toMatch(/relation "nowhere" does not exist \(at character 15/);
  });

  it("cancels a statement past the datasource's statement timeout", async () => {
    const res = await developer.post("/api/v1/run", { ...deployed("slow"), scope: "draft" });
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe("statement_timeout");
    expect(res.body.error.message).toContain("500 ms");
  });

  it("returns at most the row cap, saying it truncated", async () => {
    const res = await viewer.post("/api/v1/run", deployed("many"));
    expect(res.body.body.rows).toHaveLength(20);
    expect(res.body.body).toMatchObject({ truncated: true, rowCount: null });
    expect(res.body.body.rows[19]).toEqual({ g: 20 });
  });

  it("lets viewers run only the deployed query", async () => {
    const values = { "inputs.search": "%" };
    expect((await viewer.post("/api/v1/run", { ...deployed("many"), scope: "draft" })).status).toBe(404);
    expect(
      (
        await viewer.post("/api/v1/run", {
          scope: "package",
          packageId,
          version: 1,
          query: "find_users",
          values,
        })
      ).status,
    ).toBe(404);
    expect((await viewer.post("/api/v1/run", deployed("find_users", values, "Users1"))).body.ok).toBe(true);
  });

  it("tests the connection and browses the schema, for developers only", async () => {
    const test = await developer.post(`/api/v1/datasources/${datasourceId}/test`);
    expect(test.body).toMatchObject({ ok: true });
    const schema = await developer.get(`/api/v1/datasources/${datasourceId}/schema`);
    expect(schema.status).toBe(200);
    expect(schema.body.tables).toEqual([
      {
        schema: "public",
        name: "users",
        columns: [
          { name: "id", type: "integer", nullable: false },
          { name: "email", type: "text", nullable: false },
          { name: "name", type: "text", nullable: true },
        ],
      },
    ]);
    expect((await viewer.get(`/api/v1/datasources/${datasourceId}/schema`)).status).toBe(403);
  });

  it("reports a wrong password as an auth failure that names no secret", async () => {
    const wrong = registerSecret("wrong-password-for-the-test-42");
    const ds = await createPostgres({ name: "Wrong", password: wrong });
    const test = await developer.post(`/api/v1/datasources/${ds.id}/test`);
    expect(test.body.ok).toBe(false);
    expect(test.body.message).toMatch(/password authentication failed for user/);
    expect(test.body.message).not.toContain(wrong);
  });

  it("refuses an address the policy refuses, before connecting", async () => {
    const ds = await createPostgres({ name: "Metadata", host: "169.254.169.254" });
    const test = await developer.post(`/api/v1/datasources/${ds.id}/test`);
    expect(test.body).toMatchObject({ ok: false });
    expect(test.body.message).toMatch(/Calls to 169\.254\.169\.254 are not allowed/);
  });

  it("keeps the password on an edit without one, and drops it when the host moves", async () => {
    const ds = await createPostgres({ name: "Moving" });
    const { id: _id, workspaceId: _w, updatedAt: _u, hasPassword: _h, ...fields } = ds;
    const kept = await admin.put(`/api/v1/datasources/${ds.id}`, { ...fields, name: "Moved" });
    expect(kept.body).toMatchObject({ clearedSecrets: [], datasource: { hasPassword: true } });
    expect((await developer.post(`/api/v1/datasources/${ds.id}/test`)).body.ok).toBe(true);
    const moved = await admin.put(`/api/v1/datasources/${ds.id}`, { ...fields, host: "localhost" });
    expect(moved.body).toMatchObject({ clearedSecrets: ["password"], datasource: { hasPassword: false } });
  });

  it("never puts the password in a response or a log line", () => {
    expect(logLines.length).toBeGreaterThan(0);
    const leaks = [...responseLog.bodies, ...logLines].filter((text) => text.includes(db.password));
    expect(leaks).toEqual([]);
  });
});
