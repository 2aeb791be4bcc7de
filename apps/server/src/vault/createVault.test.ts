import { randomBytes } from "node:crypto";
import type { Request, Response } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logging/createLogger";
import { createSecretBox } from "../secrets/createSecretBox";
import type { Store } from "../store/Store";
import { openTestStore } from "../test/openTestStore";
import { createVault, type Vault } from "./createVault";
import { vaultOwnerOf } from "./vaultOwner";

/** Just enough of Express for the vault: a cookie header in, cookies out. */
function exchange(cookie?: string): { req: Request; res: Response; set: string[] } {
  const set: string[] = [];
  const req = { headers: { cookie }, secure: false } as unknown as Request;
  const res = {
    cookie: (name: string, value: string) => set.push(`${name}=${value}`),
    clearCookie: (name: string) => set.push(`${name}=`),
  } as unknown as Response;
  return { req, res, set };
}

describe("createVault", () => {
  let store: Store;
  const box = createSecretBox(randomBytes(32));
  const owner = vaultOwnerOf({ scope: "deployment", appId: "app-1" });
  // Two vaults over one store stand for two server processes: they share nothing but the store.
  let first: Vault;
  let second: Vault;

  beforeAll(async () => {
    store = await openTestStore();
    const options = { store, box, logger: createLogger("silent"), idleMs: 60_000, maxMs: 600_000 };
    first = createVault(options);
    second = createVault(options);
  });
  afterAll(() => store.close());

  it("runs one refresh for stale runs in two processes; the others get its result", async () => {
    const signIn = exchange();
    await first.keep(signIn.req, signIn.res, owner, null, { access_token: "old", refresh_token: "r1" });
    const cookie = signIn.set[0];
    let renewals = 0;
    const renew = async (values: Readonly<Record<string, unknown>>) => {
      renewals += 1;
      expect(values.refresh_token).toBe("r1");
      await new Promise((resolve) => setTimeout(resolve, 120));
      return { access_token: "new", refresh_token: "r2" };
    };
    const stale = await Promise.all(
      [first, first, second, second].map((vault) => vault.open(exchange(cookie).req, owner)),
    );
    const renewed = await Promise.all(
      stale.map((session, i) => ([first, first, second, second][i] as Vault).refresh(session!, renew)),
    );
    expect(renewals).toBe(1);
    for (const session of renewed)
      expect(session?.values).toEqual({ access_token: "new", refresh_token: "r2" });
  });

  it("removes the session when the refresh is refused, for every waiting run", async () => {
    const signIn = exchange();
    await first.keep(signIn.req, signIn.res, owner, null, { access_token: "old" });
    const cookie = signIn.set[0];
    const session = await first.open(exchange(cookie).req, owner);
    const results = await Promise.all([
      first.refresh(session!, async () => null),
      second.refresh(session!, async () => null),
    ]);
    expect(results).toEqual([null, null]);
    expect(await second.open(exchange(cookie).req, owner)).toBeNull();
  });
});
