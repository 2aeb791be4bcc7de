import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { signUp } from "../../test/signUp";
import type { TestClient } from "../../test/TestClient";
import { startTestServer } from "../../test/testServer";

let counter = 0;
/** An email no account has yet. */
function freshEmail(): string {
  counter += 1;
  return `invitee${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1);
}

async function invite(admin: TestClient, workspaceId: string, emails: string[], role = "developer") {
  return admin.post(`/api/v1/workspaces/${workspaceId}/invitations`, { emails, role });
}

/** Invites one new email and returns its link's token. */
async function inviteOne(admin: TestClient, workspaceId: string, email: string, role = "developer") {
  const res = await invite(admin, workspaceId, [email], role);
  expect(res.status).toBe(201);
  return tokenOf(res.body.results[0].link);
}

const newAccount = { name: "New Person", password: "long-enough-pw" };

describe("invitations", async () => {
  const server = await startTestServer();
  const admin = server.client();
  await signUp(admin);
  const workspace = await createWorkspace(admin, "Acme");

  it("sends a one-time link that previews, creates the account, signs in and joins with the role", async () => {
    const email = freshEmail();
    const res = await invite(admin, workspace.id, [email], "viewer");
    expect(res.status).toBe(201);
    const [result] = res.body.results;
    expect(result).toMatchObject({ outcome: "invited", email, invitation: { email, role: "viewer" } });
    expect(result.link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(result.link);
    const days =
      (Date.parse(result.invitation.expiresAt) - Date.parse(result.invitation.createdAt)) / 86_400_000;
    expect(days).toBe(7);

    // Only the digest is stored.
    const stored = await server.store.invitations.listForEmail(workspace.id, email);
    expect(stored.map((invitation) => invitation.tokenHash)).toEqual([
      createHash("sha256").update(token).digest("hex"),
    ]);
    const dump = JSON.stringify(stored);
    expect(dump).not.toContain(token);

    const pending = await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`);
    expect(pending.body.invitations).toContainEqual(result.invitation);

    const guest = server.client();
    const preview = await guest.get(`/api/v1/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body.invitation).toEqual({
      email,
      role: "viewer",
      workspaceId: workspace.id,
      workspaceName: "Acme",
      expiresAt: result.invitation.expiresAt,
    });

    const accepted = await guest.post(`/api/v1/invitations/${token}/accept`, newAccount);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ user: { email, name: "New Person" }, workspaceId: workspace.id });
    expect((await guest.get("/api/v1/auth/me")).body.user.email).toBe(email);
    const workspaces = (await guest.get("/api/v1/workspaces")).body.workspaces;
    expect(workspaces).toEqual([{ id: workspace.id, name: "Acme", role: "viewer" }]);
    const login = await server.client().post("/api/v1/auth/login", { email, password: newAccount.password });
    expect(login.status).toBe(200);

    // Used once: the link is dead, and no longer pending.
    const again = await server.client().post(`/api/v1/invitations/${token}/accept`, newAccount);
    expect(again.status).toBe(410);
    expect(again.body.error).toEqual({
      code: "invitation_used",
      message: "This invitation link was already used",
    });
    expect((await server.client().get(`/api/v1/invitations/${token}`)).body.error.code).toBe(
      "invitation_used",
    );
    const after = await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`);
    expect(after.body.invitations.map((i: { email: string }) => i.email)).not.toContain(email);
  });

  it("builds the link on the public URL when one is configured", async () => {
    const config = server.config as typeof server.config & { publicUrl?: string };
    config.publicUrl = "https://tessera.example.com";
    try {
      const res = await invite(admin, workspace.id, [freshEmail()]);
      expect(res.body.results[0].link).toMatch(
        /^https:\/\/tessera\.example\.com\/invite\/[A-Za-z0-9_-]{43}$/,
      );
    } finally {
      config.publicUrl = undefined;
    }
  });

  it("adds an existing account at once, without a link", async () => {
    const other = server.client();
    const otherUser = await signUp(other);
    const res = await invite(admin, workspace.id, [otherUser.email], "developer");
    expect(res.status).toBe(201);
    expect(res.body.results).toEqual([
      {
        outcome: "added",
        email: otherUser.email,
        member: expect.objectContaining({ userId: otherUser.id, role: "developer" }),
      },
    ]);
    expect((await other.get(`/api/v1/workspaces/${workspace.id}/members`)).status).toBe(200);
  });

  it("returns 400 naming the invalid email, and writes nothing", async () => {
    const first = freshEmail();
    const res = await invite(admin, workspace.id, [first, freshEmail(), "not-an-email"]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("body.emails.2: must be an email address");
    const pending = await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`);
    expect(pending.body.invitations.map((i: { email: string }) => i.email)).not.toContain(first);
  });

  it("returns 409 already_member naming the member, and writes nothing", async () => {
    const member = server.client();
    const memberUser = await signUp(member);
    await addMember(admin, workspace.id, memberUser.email, "viewer");
    const outsider = server.client();
    const outsiderUser = await signUp(outsider);
    const first = freshEmail();

    const res = await invite(admin, workspace.id, [
      first,
      outsiderUser.email,
      memberUser.email.toUpperCase(),
    ]);
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: "already_member",
      message: `${memberUser.email} is already a member of this workspace`,
      path: "body.emails.2",
    });
    const pending = await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`);
    expect(pending.body.invitations.map((i: { email: string }) => i.email)).not.toContain(first);
    expect((await outsider.get(`/api/v1/workspaces/${workspace.id}/members`)).status).toBe(404);
  });

  it("invites a repeated email once", async () => {
    const email = freshEmail();
    const res = await invite(admin, workspace.id, [email, ` ${email.toUpperCase()}`, email]);
    expect(res.status).toBe(201);
    expect(res.body.results).toHaveLength(1);
    expect(await server.store.invitations.listForEmail(workspace.id, email)).toHaveLength(1);
  });

  it("replaces a pending invitation when the email is invited again", async () => {
    const email = freshEmail();
    const oldToken = await inviteOne(admin, workspace.id, email, "viewer");
    const newToken = await inviteOne(admin, workspace.id, email, "admin");
    const old = await server.client().get(`/api/v1/invitations/${oldToken}`);
    expect(old.status).toBe(410);
    expect(old.body.error.code).toBe("invitation_revoked");
    const pending = (
      await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`)
    ).body.invitations.filter((i: { email: string }) => i.email === email);
    expect(pending).toMatchObject([{ role: "admin" }]);
    expect((await server.client().get(`/api/v1/invitations/${newToken}`)).body.invitation.role).toBe("admin");
  });

  it("revokes an invitation: its link answers 410 invitation_revoked", async () => {
    const email = freshEmail();
    const res = await invite(admin, workspace.id, [email]);
    const { invitation, link } = res.body.results[0];
    const path = `/api/v1/workspaces/${workspace.id}/invitations/${invitation.id}`;
    expect((await admin.delete(path)).status).toBe(204);

    const guest = server.client();
    const preview = await guest.get(`/api/v1/invitations/${tokenOf(link)}`);
    expect(preview.status).toBe(410);
    expect(preview.body.error.code).toBe("invitation_revoked");
    const accept = await guest.post(`/api/v1/invitations/${tokenOf(link)}/accept`, newAccount);
    expect(accept.status).toBe(410);
    expect(accept.body.error.code).toBe("invitation_revoked");
    expect(await server.store.users.findIdByEmail(email)).toBeUndefined();
    expect((await admin.delete(path)).status).toBe(404);
    const pending = await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`);
    expect(pending.body.invitations.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
  });

  it("revokes the pending link of an email whose account joins at once", async () => {
    const email = freshEmail();
    const token = await inviteOne(admin, workspace.id, email, "viewer");
    const person = server.client();
    expect(
      (await person.post("/api/v1/auth/signup", { email, password: "correct-horse-1", name: "P" })).status,
    ).toBe(201);
    const res = await invite(admin, workspace.id, [email], "developer");
    expect(res.body.results[0]).toMatchObject({ outcome: "added", member: { role: "developer" } });
    expect((await person.get(`/api/v1/invitations/${token}`)).body.error.code).toBe("invitation_revoked");
  });

  it("accepts a link once when two people use it at the same moment", async () => {
    const token = await inviteOne(admin, workspace.id, freshEmail());
    const answers = await Promise.all(
      [server.client(), server.client()].map((guest) =>
        guest.post(`/api/v1/invitations/${token}/accept`, newAccount),
      ),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([201, 410]);
    expect(answers.find((res) => res.status === 410)?.body.error.code).toBe("invitation_used");
  });

  it("answers 404 invitation_not_found for an unknown token", async () => {
    const guest = server.client();
    const preview = await guest.get("/api/v1/invitations/no-such-token");
    expect(preview.status).toBe(404);
    expect(preview.body.error.code).toBe("invitation_not_found");
    const accept = await guest.post("/api/v1/invitations/no-such-token/accept", newAccount);
    expect(accept.status).toBe(404);
    expect(accept.body.error.code).toBe("invitation_not_found");
  });

  it("refuses an accept without name and password, naming the field", async () => {
    const token = await inviteOne(admin, workspace.id, freshEmail());
    const res = await server.client().post(`/api/v1/invitations/${token}/accept`, { name: "Someone" });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^body\.password: /);
    // Still usable after a refused attempt.
    expect((await server.client().get(`/api/v1/invitations/${token}`)).status).toBe(200);
  });

  it("answers 409 account_exists when the email signed up after the invitation, and joins once signed in", async () => {
    const email = freshEmail();
    const token = await inviteOne(admin, workspace.id, email, "developer");
    const person = server.client();
    const signup = await person.post("/api/v1/auth/signup", {
      email,
      password: "correct-horse-1",
      name: "P",
    });
    expect(signup.status).toBe(201);

    const signedOut = await server.client().post(`/api/v1/invitations/${token}/accept`, newAccount);
    expect(signedOut.status).toBe(409);
    expect(signedOut.body.error.code).toBe("account_exists");
    expect(signedOut.body.error.message).toMatch(/sign in .*open this invitation link again/);

    const joined = await person.post(`/api/v1/invitations/${token}/accept`);
    expect(joined.status).toBe(201);
    expect(joined.body).toEqual({ user: signup.body.user, workspaceId: workspace.id });
    const workspaces = (await person.get("/api/v1/workspaces")).body.workspaces;
    expect(workspaces).toEqual([{ id: workspace.id, name: "Acme", role: "developer" }]);
    expect((await person.post(`/api/v1/invitations/${token}/accept`)).status).toBe(410);
  });

  it("lets only admins invite, list and revoke", async () => {
    const developer = server.client();
    const developerUser = await signUp(developer);
    await addMember(admin, workspace.id, developerUser.email, "developer");
    const token = await inviteOne(admin, workspace.id, freshEmail());
    const invitationId = (await server.store.invitations.findByTokenHash(
      createHash("sha256").update(token).digest("hex"),
    ))!.id;

    const sent = await invite(developer, workspace.id, [freshEmail()]);
    expect(sent.status).toBe(403);
    expect((await developer.get(`/api/v1/workspaces/${workspace.id}/invitations`)).status).toBe(403);
    const revoke = await developer.delete(`/api/v1/workspaces/${workspace.id}/invitations/${invitationId}`);
    expect(revoke.status).toBe(403);
    const outsider = server.client();
    await signUp(outsider);
    expect((await invite(outsider, workspace.id, [freshEmail()])).status).toBe(404);
    expect((await server.client().get(`/api/v1/workspaces/${workspace.id}/invitations`)).status).toBe(401);
    expect((await server.client().get(`/api/v1/invitations/${token}`)).status).toBe(200);
  });

  it("revokes only invitations of the workspace in the path", async () => {
    const other = await createWorkspace(admin, "Other");
    const res = await invite(admin, workspace.id, [freshEmail()]);
    const { invitation, link } = res.body.results[0];
    expect((await admin.delete(`/api/v1/workspaces/${other.id}/invitations/${invitation.id}`)).status).toBe(
      404,
    );
    expect((await server.client().get(`/api/v1/invitations/${tokenOf(link)}`)).status).toBe(200);
  });
});

describe("invitations when links expire and sign-ups are closed", async () => {
  const server = await startTestServer({ invitationTtlMs: 1500, signupEnabled: false });
  const admin = server.client();
  // The first account of an install may always sign up.
  await signUp(admin);
  const workspace = await createWorkspace(admin);

  it("accepts an invitation while self sign-up is disabled", async () => {
    const refused = await server.client().post("/api/v1/auth/signup", {
      email: freshEmail(),
      password: "correct-horse-1",
      name: "Walk-in",
    });
    expect(refused.status).toBe(403);
    const email = freshEmail();
    const token = await inviteOne(admin, workspace.id, email);
    const res = await server.client().post(`/api/v1/invitations/${token}/accept`, newAccount);
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email, isInstanceAdmin: false });
  });

  it("answers 410 invitation_expired once the link is older than its lifetime", async () => {
    const token = await inviteOne(admin, workspace.id, freshEmail());
    const pendingBefore = (await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`)).body
      .invitations;
    expect(pendingBefore).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1600));

    const guest = server.client();
    const preview = await guest.get(`/api/v1/invitations/${token}`);
    expect(preview.status).toBe(410);
    expect(preview.body.error.code).toBe("invitation_expired");
    const accept = await guest.post(`/api/v1/invitations/${token}/accept`, newAccount);
    expect(accept.status).toBe(410);
    expect(accept.body.error.code).toBe("invitation_expired");
    expect((await admin.get(`/api/v1/workspaces/${workspace.id}/invitations`)).body.invitations).toEqual([]);
  });
});
