import { describe, expect, it } from "vitest";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("workspaces", async () => {
  const server = await startTestServer();

  it("creates a workspace with the creator as admin and lists only the caller's", async () => {
    const alice = server.client();
    await signUp(alice);
    const bob = server.client();
    await signUp(bob);
    const workspace = await createWorkspace(alice, "Alice's team");
    expect(workspace).toMatchObject({ name: "Alice's team", role: "admin" });
    expect((await alice.get("/api/v1/workspaces")).body.workspaces.map((w: { id: string }) => w.id)).toEqual([
      workspace.id,
    ]);
    expect((await bob.get("/api/v1/workspaces")).body.workspaces).toEqual([]);
  });

  it("answers 401 when signed out", async () => {
    expect((await server.client().get("/api/v1/workspaces")).status).toBe(401);
  });

  it("adds members by email and enforces their roles", async () => {
    const admin = server.client();
    await signUp(admin);
    const viewer = server.client();
    const viewerUser = await signUp(viewer);
    const workspace = await createWorkspace(admin);
    await addMember(admin, workspace.id, viewerUser.email, "viewer");

    const members = (await viewer.get(`/api/v1/workspaces/${workspace.id}/members`)).body.members;
    expect(members.map((m: { role: string }) => m.role).sort()).toEqual(["admin", "viewer"]);
    const rename = await viewer.patch(`/api/v1/workspaces/${workspace.id}`, { name: "Mine now" });
    expect(rename.status).toBe(403);
    const invite = await viewer.post(`/api/v1/workspaces/${workspace.id}/members`, {
      email: viewerUser.email,
      role: "admin",
    });
    expect(invite.status).toBe(403);
    const again = await admin.post(`/api/v1/workspaces/${workspace.id}/members`, {
      email: viewerUser.email,
      role: "developer",
    });
    expect(again.status).toBe(409);
    const unknown = await admin.post(`/api/v1/workspaces/${workspace.id}/members`, {
      email: "nobody@example.com",
      role: "viewer",
    });
    expect(unknown.status).toBe(404);
  });

  it("keeps at least one admin", async () => {
    const admin = server.client();
    const adminUser = await signUp(admin);
    const workspace = await createWorkspace(admin);
    const res = await admin.patch(`/api/v1/workspaces/${workspace.id}/members/${adminUser.id}`, {
      role: "viewer",
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: "last_admin",
      message: "A workspace needs at least one admin: make someone else admin first",
    });
    const removed = await admin.delete(`/api/v1/workspaces/${workspace.id}/members/${adminUser.id}`);
    expect(removed.status).toBe(409);
    expect(removed.body.error.message).toBe(
      "A workspace needs at least one admin: make someone else admin first",
    );
    expect((await admin.get(`/api/v1/workspaces/${workspace.id}/members`)).body.members).toHaveLength(1);
  });

  it("lets the last admin step down once someone else is admin", async () => {
    const admin = server.client();
    const adminUser = await signUp(admin);
    const other = server.client();
    const otherUser = await signUp(other);
    const workspace = await createWorkspace(admin);
    await addMember(admin, workspace.id, otherUser.email, "admin");
    const res = await admin.patch(`/api/v1/workspaces/${workspace.id}/members/${adminUser.id}`, {
      role: "viewer",
    });
    expect(res.status).toBe(200);
    expect(res.body.member.role).toBe("viewer");
  });

  /** A workspace with an app, and a developer of it who can open the app. */
  async function developerWithApp() {
    const admin = server.client();
    await signUp(admin);
    const member = server.client();
    const memberUser = await signUp(member);
    const workspace = await createWorkspace(admin);
    await addMember(admin, workspace.id, memberUser.email, "developer");
    const app = (await admin.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Tools" })).body.app;
    expect((await member.get(`/api/v1/apps/${app.id}`)).status).toBe(200);
    return { admin, member, memberUser, workspace, app };
  }

  it("removes a member at once: their next request is refused", async () => {
    const { admin, member, memberUser, workspace, app } = await developerWithApp();

    expect((await admin.delete(`/api/v1/workspaces/${workspace.id}/members/${memberUser.id}`)).status).toBe(
      204,
    );
    expect((await member.get(`/api/v1/apps/${app.id}`)).status).toBe(404);
    expect((await member.get(`/api/v1/workspaces/${workspace.id}/members`)).status).toBe(404);
    expect((await member.patch(`/api/v1/apps/${app.id}`, { name: "Mine" })).status).toBe(404);
    expect((await member.get("/api/v1/workspaces")).body.workspaces).toEqual([]);
  });

  it("lowers a member's role at once", async () => {
    const { admin, member, memberUser, workspace, app } = await developerWithApp();
    const lowered = await admin.patch(`/api/v1/workspaces/${workspace.id}/members/${memberUser.id}`, {
      role: "viewer",
    });
    expect(lowered.status).toBe(200);
    expect((await member.get(`/api/v1/apps/${app.id}`)).status).toBe(403);
  });

  it("lists members with when they joined", async () => {
    const admin = server.client();
    await signUp(admin);
    const workspace = await createWorkspace(admin);
    const [member] = (await admin.get(`/api/v1/workspaces/${workspace.id}/members`)).body.members;
    expect(Date.now() - Date.parse(member.joinedAt)).toBeLessThan(60_000);
  });

  it("hides another workspace behind 404 and lets its admin delete it", async () => {
    const admin = server.client();
    await signUp(admin);
    const outsider = server.client();
    await signUp(outsider);
    const workspace = await createWorkspace(admin);
    expect((await outsider.get(`/api/v1/workspaces/${workspace.id}/members`)).status).toBe(404);
    expect((await outsider.delete(`/api/v1/workspaces/${workspace.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/v1/workspaces/${workspace.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/workspaces/${workspace.id}/members`)).status).toBe(404);
  });
});
