import { describe, expect, it } from "vitest";
import { loadDatasourceForRun } from "../../datasources/loadDatasourceForRun";
import { createSecretBox } from "../../secrets/createSecretBox";
import { loadSecretKey } from "../../secrets/loadSecretKey";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { registerSecret } from "../../test/responseLog";
import { restOf } from "../../test/restOf";
import { signUp } from "../../test/signUp";
import { startUpstream } from "../../test/startUpstream";
import { startTestServer } from "../../test/testServer";

describe("datasources", async () => {
  const server = await startTestServer();
  const box = createSecretBox(loadSecretKey(server.config));
  const admin = server.client();
  await signUp(admin);
  const workspace = await createWorkspace(admin);

  it("stores secret headers encrypted and presents them without value", async () => {
    const secret = registerSecret("sk-live-datasource-secret-1");
    const created = await createDatasource(admin, workspace.id, secret);
    expect(created).toMatchObject({
      name: "Auth API",
      headers: [
        { name: "apikey", secret: true, hasValue: true },
        { name: "Accept", secret: false, value: "application/json", hasValue: true },
      ],
    });
    expect(Object.keys(created.headers[0])).toEqual(["name", "secret", "hasValue"]);
    const stored = await server.store.datasources.findById(created.id);
    expect(restOf(stored)?.headers).toHaveLength(2);
    expect(JSON.stringify(restOf(stored)?.headers)).not.toContain(secret);
    const list = await admin.get(`/api/v1/workspaces/${workspace.id}/datasources`);
    expect(list.body.datasources).toHaveLength(1);
    expect(restOf(await loadDatasourceForRun(server.store, box, created.id))?.headers).toContainEqual({
      name: "apikey",
      value: secret,
      secret: true,
    });
  });

  it("keeps a secret on PUT without value within the origin and replaces it when a value is sent", async () => {
    const secret = registerSecret("sk-live-datasource-secret-2");
    const created = await createDatasource(admin, workspace.id, secret);
    const kept = await admin.put(`/api/v1/datasources/${created.id}`, {
      name: "Renamed",
      baseUrl: "http://127.0.0.1:9/another/path?v=2",
      headers: [{ name: "apikey", secret: true }],
    });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({
      datasource: { name: "Renamed", headers: [{ name: "apikey", hasValue: true }] },
      clearedSecrets: [],
    });
    expect(restOf(await loadDatasourceForRun(server.store, box, created.id))?.headers[0].value).toBe(secret);

    const replacement = registerSecret("sk-live-datasource-secret-3");
    await admin.put(`/api/v1/datasources/${created.id}`, {
      name: "Renamed",
      baseUrl: "https://api.example.com/v1",
      headers: [{ name: "apikey", secret: true, value: replacement }],
    });
    expect(restOf(await loadDatasourceForRun(server.store, box, created.id))?.headers[0].value).toBe(
      replacement,
    );
  });

  it("drops kept secrets when the base URL moves to another origin, so the new host never gets them", async () => {
    const [service, elsewhere] = [await startUpstream(), await startUpstream()];
    const secret = registerSecret("sk-live-datasource-secret-5");
    const created = await createDatasource(admin, workspace.id, secret, `${service.url}/v1`);
    const developer = server.client();
    await addMember(admin, workspace.id, (await signUp(developer)).email, "developer");
    expect((await developer.post(`/api/v1/datasources/${created.id}/test`)).body.ok).toBe(true);
    expect(service.received.at(-1)?.headers.apikey).toBe(secret);

    const moved = await developer.put(`/api/v1/datasources/${created.id}`, {
      name: "Auth API",
      baseUrl: `${elsewhere.url}/v1`,
      headers: [
        { name: "APIKEY", secret: true },
        { name: "Accept", value: "application/json" },
      ],
    });
    expect(moved.status).toBe(200);
    expect(moved.body.clearedSecrets).toEqual(["APIKEY"]);
    expect(moved.body.datasource.headers[0]).toEqual({ name: "APIKEY", secret: true, hasValue: false });
    expect((await developer.post(`/api/v1/datasources/${created.id}/test`)).body.ok).toBe(true);
    expect(elsewhere.received).toHaveLength(1);
    expect(elsewhere.received[0].headers).not.toHaveProperty("apikey");
    expect(JSON.stringify(elsewhere.received)).not.toContain(secret);

    // Moving back does not bring the dropped value back either.
    const back = await developer.put(`/api/v1/datasources/${created.id}`, {
      name: "Auth API",
      baseUrl: `${service.url}/v1`,
      headers: [{ name: "apikey", secret: true }],
    });
    expect(back.body).toMatchObject({ clearedSecrets: [], datasource: { headers: [{ hasValue: false }] } });
  });

  it("keeps a secret entered again in the request that moves the origin", async () => {
    const elsewhere = await startUpstream();
    const created = await createDatasource(
      admin,
      workspace.id,
      registerSecret("sk-live-datasource-secret-6"),
    );
    const entered = registerSecret("sk-live-datasource-secret-7");
    const moved = await admin.put(`/api/v1/datasources/${created.id}`, {
      name: "Auth API",
      baseUrl: elsewhere.url,
      headers: [{ name: "apikey", secret: true, value: entered }],
    });
    expect(moved.body).toMatchObject({ clearedSecrets: [], datasource: { headers: [{ hasValue: true }] } });
    await admin.post(`/api/v1/datasources/${created.id}/test`);
    expect(elsewhere.received.at(-1)?.headers.apikey).toBe(entered);
  });

  it("presents a secret that no longer decrypts as without value", async () => {
    const first = await createDatasource(admin, workspace.id, registerSecret("sk-live-datasource-secret-8"));
    const second = await createDatasource(admin, workspace.id, registerSecret("sk-live-datasource-secret-9"));
    const stored = await server.store.datasources.findById(first.id);
    // A sealed value copied into another datasource's row is bound to its own datasource.
    await server.store.datasources.replaceHeaders(second.id, restOf(stored)?.headers ?? []);
    const res = await admin.get(`/api/v1/datasources/${second.id}`);
    expect(res.body.datasource.headers[0]).toEqual({ name: "apikey", secret: true, hasValue: false });
    expect((await admin.get(`/api/v1/datasources/${first.id}`)).body.datasource.headers[0].hasValue).toBe(
      true,
    );
  });

  it("refuses a datasource of another workspace to the loader and to outsiders", async () => {
    const created = await createDatasource(
      admin,
      workspace.id,
      registerSecret("sk-live-datasource-secret-4"),
    );
    expect(await loadDatasourceForRun(server.store, box, created.id, "another-workspace")).toBeNull();
    const outsider = server.client();
    await signUp(outsider);
    expect((await outsider.get(`/api/v1/datasources/${created.id}`)).status).toBe(404);
    expect((await outsider.delete(`/api/v1/datasources/${created.id}`)).status).toBe(404);
  });

  it("lets viewers neither read nor write", async () => {
    const viewer = server.client();
    const viewerUser = await signUp(viewer);
    await addMember(admin, workspace.id, viewerUser.email, "viewer");
    expect((await viewer.get(`/api/v1/workspaces/${workspace.id}/datasources`)).status).toBe(403);
    const res = await viewer.post(`/api/v1/workspaces/${workspace.id}/datasources`, {
      name: "Nope",
      baseUrl: "https://example.com",
    });
    expect(res.status).toBe(403);
  });

  it("returns 400 naming the field for a non-http base URL", async () => {
    const res = await admin.post(`/api/v1/workspaces/${workspace.id}/datasources`, {
      name: "Files",
      baseUrl: "file:///etc/passwd",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe("body.baseUrl");
  });
});
