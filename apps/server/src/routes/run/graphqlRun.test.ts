import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { emptyPageDoc, type PageDoc } from "@tessera/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import type { TestClient } from "../../test/TestClient";
import { startTestServer, type TestServer } from "../../test/testServer";
import { insertApp } from "./insertRunFixtures";

interface Received {
  headers: IncomingHttpHeaders;
  body: { query: string; variables?: Record<string, unknown> };
}

/** A small GraphQL service on loopback: a `user` field, an error for `nope`, and `__typename`. */
async function startGraphqlService(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => {
      text += chunk;
    });
    req.on("end", () => {
      const body = JSON.parse(text) as Received["body"];
      received.push({ headers: req.headers, body });
      res.setHeader("Content-Type", "application/json");
      if (body.query.includes("nope")) {
        res.end(
          JSON.stringify({
            errors: [{ message: 'Cannot query field "nope" on type "Query"', path: ["nope"] }],
          }),
        );
      } else if (body.query.includes("user")) {
        res.end(
          JSON.stringify({ data: { user: { email: body.variables?.email, limit: body.variables?.limit } } }),
        );
      } else {
        res.end(JSON.stringify({ data: { __typename: "Query" } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received };
}

describe("GraphQL datasources, against a service on loopback", () => {
  const token = registerSecret("gql-secret-token-for-the-test-7");
  let service: Awaited<ReturnType<typeof startGraphqlService>>;
  let server: TestServer;
  let admin: TestClient;
  let viewer: TestClient;
  let workspaceId = "";
  let datasourceId = "";
  let app: { appId: string; pageId: string };

  beforeAll(async () => {
    service = await startGraphqlService();
    server = await startTestServer();
    admin = server.client();
    viewer = server.client();
    await signUp(admin);
    const viewerUser = await signUp(viewer);
    workspaceId = (await createWorkspace(admin)).id;
    await addMember(admin, workspaceId, viewerUser.email, "viewer");
    const created = await admin.post(`/api/v1/workspaces/${workspaceId}/datasources`, {
      kind: "graphql",
      name: "Users API",
      endpoint: service.url,
      headers: [{ name: "Authorization", value: `Bearer ${token}`, secret: true }],
    });
    expect(created.status).toBe(201);
    expect(created.body.datasource).toMatchObject({
      kind: "graphql",
      endpoint: service.url,
      headers: [{ name: "Authorization", secret: true, hasValue: true }],
    });
    datasourceId = created.body.datasource.id;
    const gql = (id: string, name: string, query: string, variables: string) => ({
      id,
      name,
      runOnPageLoad: false,
      config: { kind: "graphql" as const, datasourceId, query, variables },
    });
    const doc: PageDoc = {
      ...emptyPageDoc(),
      queries: [
        gql(
          "q1",
          "getUser",
          "query ($email: String!) { user(email: $email) { email } }",
          '{ "email": {{Input1.text}}, "limit": {{limit}} }',
        ),
        gql("q2", "broken", "{ nope }", ""),
        gql("q3", "spliced", "{ user(email: {{Input1.text}}) { email } }", ""),
      ],
    };
    app = await insertApp(admin, server.store, workspaceId, { isPublic: false, doc });
  });

  afterAll(async () => {
    await server?.close();
    service?.server.close();
  });

  const run = (client: TestClient, query: string, values: Record<string, unknown> = {}) =>
    client.post("/api/v1/run", { scope: "deployment", ...app, query, values });

  it("POSTs the operation as written and the variables with values as JSON, secret header included", async () => {
    const attempt = '", "admin": true, "x": "';
    const res = await run(viewer, "getUser", { "Input1.text": attempt, limit: 5 });
    expect(res.status).toBe(200);
    expect(res.body.body).toEqual({ data: { user: { email: attempt, limit: 5 } } });
    const last = service.received.at(-1);
    expect(last?.body).toEqual({
      query: "query ($email: String!) { user(email: $email) { email } }",
      variables: { email: attempt, limit: 5 },
    });
    expect(last?.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.stringify(res.body)).not.toContain(token);
  });

  it("surfaces the errors array as a run error with each message and path", async () => {
    const res = await run(viewer, "broken");
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("graphql_errors");
    expect(res.body.error.message).toContain('Cannot query field "nope" on type "Query" (at nope)');
  });

  it("refuses a binding in the operation text, pointing to variables", async () => {
    const count = service.received.length;
    const res = await run(viewer, "spliced", { "Input1.text": "x" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("binding_in_graphql_query");
    expect(service.received.length).toBe(count);
  });

  it("tests the connection with { __typename }", async () => {
    const res = await admin.post(`/api/v1/datasources/${datasourceId}/test`);
    expect(res.body).toMatchObject({ ok: true, status: 200 });
    expect(service.received.at(-1)?.body).toEqual({ query: "{ __typename }" });
    expect((await admin.get(`/api/v1/datasources/${datasourceId}/schema`)).body.error.code).toBe("no_schema");
  });
});
