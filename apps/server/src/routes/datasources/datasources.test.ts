import { describe, expect, it } from "vitest";
import { loadDatasourceForRun } from "../../datasources/loadDatasourceForRun";
import { createSecretBox } from "../../secrets/createSecretBox";
import { loadSecretKey } from "../../secrets/loadSecretKey";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
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
    const row = server.db.prepare("SELECT headers_json FROM datasources WHERE id = ?").get(created.id) as {
      headers_json: string;
    };
    expect(row.headers_json).not.toContain(secret);
    const list = await admin.get(`/api/v1/workspaces/${workspace.id}/datasources`);
    expect(list.body.datasources).toHaveLength(1);
    expect(loadDatasourceForRun(server.db, box, created.id)?.headers).toContainEqual({
      name: "apikey",
      value: secret,
      secret: true,
    });
  });

  it("keeps a secret on PUT without value and replaces it when a value is sent", async () => {
    const secret = registerSecret("sk-live-datasource-secret-2");
    const created = await createDatasource(admin, workspace.id, secret);
    const kept = await admin.put(`/api/v1/datasources/${created.id}`, {
      name: "Renamed",
      baseUrl: "https://api.example.com/v1",
      headers: [{ name: "apikey", secret: true }],
    });
    expect(kept.status).toBe(200);
    expect(kept.body.datasource).toMatchObject({
      name: "Renamed",
      headers: [{ name: "apikey", hasValue: true }],
    });
    expect(loadDatasourceForRun(server.db, box, created.id)?.headers[0].value).toBe(secret);

    const replacement = registerSecret("sk-live-datasource-secret-3");
    await admin.put(`/api/v1/datasources/${created.id}`, {
      name: "Renamed",
      baseUrl: "https://api.example.com/v1",
      headers: [{ name: "apikey", secret: true, value: replacement }],
    });
    expect(loadDatasourceForRun(server.db, box, created.id)?.headers[0].value).toBe(replacement);
  });

  it("refuses a datasource of another workspace to the loader and to outsiders", async () => {
    const created = await createDatasource(
      admin,
      workspace.id,
      registerSecret("sk-live-datasource-secret-4"),
    );
    expect(loadDatasourceForRun(server.db, box, created.id, "another-workspace")).toBeNull();
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
