import { describe, expect, it } from "vitest";
import { createWorkspace } from "../../test/createWorkspace";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("a datasource's base URL", async () => {
  const server = await startTestServer();
  const admin = server.client();
  await signUp(admin);
  const workspace = await createWorkspace(admin);

  it("refuses a user name and password in it when saved, naming body.baseUrl", async () => {
    const res = await admin.post(`/api/v1/workspaces/${workspace.id}/datasources`, {
      name: "With userinfo",
      baseUrl: "http://u:p@api.example.com/v1",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe("body.baseUrl");
    expect(res.body.error.message).toMatch(/^body\.baseUrl: must not hold a user name or password/);
    const list = await admin.get(`/api/v1/workspaces/${workspace.id}/datasources`);
    expect(list.body.datasources).toEqual([]);
  });
});
