import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../store/Store";
import { openTestStore } from "../test/openTestStore";
import { testStoreKind } from "../test/testServer";
import { userCreator } from "./userCreator";

const account = (i: number, signupEnabled = true) => ({
  email: `first-${i}@example.com`,
  name: `First ${i}`,
  passwordHash: "not-a-real-hash",
  signupEnabled,
});

describe(`userCreator on ${testStoreKind()}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  it("makes exactly one of several concurrent first accounts instance admin", async () => {
    // On PostgreSQL each call is a transaction on its own connection of the pool.
    const created = await Promise.all([0, 1, 2, 3].map((i) => userCreator(store, account(i))));
    expect(created.filter((user) => user.isInstanceAdmin)).toHaveLength(1);
    expect(await store.users.count()).toBe(4);
  });

  it("refuses an account once one exists while sign-ups are closed, and a taken email", async () => {
    await expect(userCreator(store, account(9, false))).rejects.toMatchObject({ code: "signup_disabled" });
    await expect(userCreator(store, account(0))).rejects.toMatchObject({ code: "email_taken" });
  });
});
