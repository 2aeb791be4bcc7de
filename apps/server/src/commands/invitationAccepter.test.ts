import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../store/Store";
import { insertUser } from "../test/insertUser";
import { openTestStore } from "../test/openTestStore";
import { testStoreKind } from "../test/testServer";
import { invitationAccepter } from "./invitationAccepter";
import { invitationCreator } from "./invitationCreator";
import { workspaceCreator } from "./workspaceCreator";

describe(`invitationAccepter on ${testStoreKind()}`, () => {
  let store: Store;
  let workspaceId: string;
  let adminId: string;
  beforeAll(async () => {
    store = await openTestStore();
    adminId = await insertUser(store, { email: "admin@example.com", name: "Admin", isInstanceAdmin: true });
    workspaceId = (await workspaceCreator(store, { name: "Team", userId: adminId })).id;
  });
  afterAll(() => store.close());

  const inviteOne = async (email: string) => {
    const [result] = await invitationCreator(store, {
      workspaceId,
      emails: [email],
      role: "developer",
      createdBy: adminId,
      ttlMs: 60_000,
    });
    if (result.outcome !== "invited") throw new Error(`expected an invitation, got ${result.outcome}`);
    return result.token;
  };

  it("lets one of two concurrent accepts of a link through; the other finds it used", async () => {
    const token = await inviteOne("new@example.com");
    const results = await Promise.allSettled(
      ["Ann", "Bob"].map((name) =>
        invitationAccepter(store, { token, account: { name, passwordHash: "not-a-real-hash" } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ status: 410, code: "invitation_used" });
    const userId = await store.users.findIdByEmail("new@example.com");
    expect(await store.workspaces.findRole(workspaceId, userId!)).toBe("developer");
  });

  it("keeps the role of someone who became a member meanwhile", async () => {
    const token = await inviteOne("late@example.com");
    // The invited email made an account and an admin added it by hand, as a viewer.
    const userId = await insertUser(store, { email: "late@example.com", name: "Late" });
    await store.workspaces.addMember({
      workspaceId,
      userId,
      role: "viewer",
      createdAt: new Date().toISOString(),
    });
    const accepted = await invitationAccepter(store, { token, account: { userId } });
    expect(accepted).toMatchObject({ workspaceId, user: { id: userId } });
    expect(await store.workspaces.findRole(workspaceId, userId)).toBe("viewer");
    await expect(invitationAccepter(store, { token, account: { userId } })).rejects.toMatchObject({
      code: "invitation_used",
    });
  });
});
