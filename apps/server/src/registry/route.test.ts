import { describe, expect, it } from "vitest";
import { createWorkspace } from "../test/createWorkspace";
import { signUp } from "../test/signUp";
import { startTestServer } from "../test/testServer";

describe("validation errors", async () => {
  const server = await startTestServer();
  const admin = server.client();
  await signUp(admin);
  const workspace = await createWorkspace(admin);

  it("cuts a 10 KB offending key to about 100 characters in the message and the path", async () => {
    const key = "k".repeat(10_050);
    const res = await server.client().post("/api/v1/run", {
      scope: "deployment",
      appId: "a1",
      pageId: "p1",
      query: "getUser",
      values: { [key]: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe(`body.values.${"k".repeat(100)}…`);
    expect(res.body.error.message).toMatch(/^body\.values\.k{100}…: /);
    expect(res.text.length).toBeLessThan(500);
  });

  it("cuts a long unknown path in the 404 message", async () => {
    const res = await server.client().get(`/api/v1/${"x".repeat(5_000)}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message.length).toBeLessThan(150);
  });

  it("refuses control characters in a name with a 400 naming body.name", async () => {
    for (const name of ["Sales\u0000", "Sales\nOps", "Sales\u001b[31m"]) {
      const res = await admin.patch(`/api/v1/workspaces/${workspace.id}`, { name });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(res.body.error).toMatchObject({
        path: "body.name",
        message: "body.name: must not contain control characters",
      });
    }
  });
});
