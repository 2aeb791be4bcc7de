import { createHash, randomBytes } from "node:crypto";
import type { Request, Response } from "express";
import type { Logger } from "pino";
import type { SecretBox } from "../secrets/createSecretBox";
import type { Store } from "../store/Store";
import { clearVaultCookie, readVaultCookie, setVaultCookie } from "./vaultCookie";
import type { VaultOwner } from "./vaultOwner";

/** A visitor's open vault session: its values in clear, on the server only. */
export interface VaultSession {
  idHash: string;
  owner: string;
  values: Readonly<Record<string, unknown>>;
  /** The stored revision these values are of (a refresh compares it). */
  revision: number;
}

/**
 * Renews a session's values with the package's refresh action: the fields it kept, or null
 * when the upstream refused (the session has ended).
 */
export type VaultRenewal = (
  values: Readonly<Record<string, unknown>>,
) => Promise<Record<string, unknown> | null>;

/** The visitors' vault sessions of every app, in the store, sealed at rest. */
export interface Vault {
  /** The visitor's session of `owner`, or null: no cookie, unknown, another owner's, or expired (then removed). */
  open(req: Request, owner: VaultOwner): Promise<VaultSession | null>;
  /** Merges `values` into the session, making one (and its cookie) on first need. */
  keep(
    req: Request,
    res: Response,
    owner: VaultOwner,
    session: VaultSession | null,
    values: Record<string, unknown>,
  ): Promise<VaultSession>;
  /** Empties the visitor's session of `owner` and drops its cookie. */
  clear(req: Request, res: Response, owner: VaultOwner): Promise<void>;
  /**
   * Renews `session` once for everyone who found it stale: one refresh at a time per session
   * across every process (a lease in the store), and callers in this process wait for the one
   * under way. Resolves with the renewed session, or null when the refresh failed and the
   * session was removed.
   */
  refresh(session: VaultSession, renew: VaultRenewal): Promise<VaultSession | null>;
}

/** How long one process may hold a session's refresh lease: longer than a refresh's upstream call. */
const LEASE_MS = 15_000;
/** How often a process waiting on another's lease looks again. */
const LEASE_POLL_MS = 50;
/** Expired sessions are swept at most this often, when a new session is made. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The vault over the store's `app_sessions`. The cookie holds a random id; the store keeps
 * its sha256 and the values sealed with the secret box, bound to the owner and that hash, so
 * a value opens for no other session or app.
 *
 * @example const vault = createVault({ store, box, logger, idleMs, maxMs });
 */
export function createVault(options: {
  store: Store;
  box: SecretBox;
  logger: Logger;
  idleMs: number;
  maxMs: number;
  now?: () => number;
}): Vault {
  const { store, box, logger, idleMs, maxMs } = options;
  const now = options.now ?? Date.now;
  const sessions = store.appSessions;
  /** Refreshes under way in this process, by session and the revision they renew. */
  const inFlight = new Map<string, Promise<VaultSession | null>>();
  let lastSweep = 0;

  const aadOf = (owner: string, idHash: string) => `app-session:${owner}:${idHash}`;
  const seal = (owner: string, idHash: string, values: Readonly<Record<string, unknown>>) =>
    box.seal(JSON.stringify(values), aadOf(owner, idHash));

  const load = async (idHash: string, owner: string): Promise<VaultSession | null> => {
    const record = await sessions.find(idHash, owner);
    if (!record) return null;
    const at = now();
    if (record.expiresAt <= at || record.lastUsedAt + idleMs <= at) {
      await sessions.delete(idHash, owner);
      return null;
    }
    let values: Record<string, unknown>;
    try {
      values = JSON.parse(box.open(record.sealedValues, aadOf(owner, idHash))) as Record<string, unknown>;
    } catch {
      // Sealed under another key or tampered with: the visitor signs in again.
      logger.warn({ owner }, "an app session's values did not open; it was removed");
      await sessions.delete(idHash, owner);
      return null;
    }
    // A use moves the idle end; written at most every 1/20 of the idle lifetime, not per run.
    if (at - record.lastUsedAt > idleMs / 20) await sessions.touch(idHash, at);
    return { idHash, owner, values, revision: record.revision };
  };

  const hashOf = (id: string) => createHash("sha256").update(id).digest("hex");

  const sweep = async (at: number) => {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    const removed = await sessions.deleteExpired(at, at - idleMs);
    if (removed > 0) logger.debug({ removed }, "expired app sessions removed");
  };

  /** Writes `merge(current)` over the stored values; another write in between is merged again. */
  const update = async (
    session: VaultSession,
    merge: (current: Readonly<Record<string, unknown>>) => Record<string, unknown>,
  ): Promise<VaultSession | null> => {
    let current: VaultSession | null = session;
    for (let attempt = 0; attempt < 5 && current; attempt++) {
      const values = merge(current.values);
      const at = now();
      if (
        await sessions.replaceValues(
          current.idHash,
          current.revision,
          seal(current.owner, current.idHash, values),
          at,
        )
      )
        return { ...current, values, revision: current.revision + 1 };
      current = await load(current.idHash, current.owner);
    }
    if (current) throw new Error("The app session changed too often to be updated");
    return null;
  };

  const renewOnce = async (session: VaultSession, renew: VaultRenewal): Promise<VaultSession | null> => {
    const deadline = now() + LEASE_MS * 2;
    for (;;) {
      const current = await load(session.idHash, session.owner);
      // Gone (cleared or expired), or renewed by another run since this one read it.
      if (!current || current.revision !== session.revision) return current;
      const at = now();
      if (await sessions.takeRefreshLease(session.idHash, at, at + LEASE_MS)) {
        try {
          // Another process may have renewed it between the read and the lease.
          const leased = await load(session.idHash, session.owner);
          if (!leased || leased.revision !== session.revision) return leased;
          const renewed = await renew(leased.values);
          if (!renewed) {
            await sessions.delete(session.idHash, session.owner);
            return null;
          }
          return await update(leased, (values) => ({ ...values, ...renewed }));
        } finally {
          await sessions.releaseRefreshLease(session.idHash);
        }
      }
      if (now() > deadline) throw new Error("The app session's refresh did not finish in time");
      await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
    }
  };

  return {
    async open(req, owner) {
      const id = readVaultCookie(req, owner);
      return id ? load(hashOf(id), owner.key) : null;
    },

    async keep(req, res, owner, session, values) {
      if (session) {
        const updated = await update(session, (current) => ({ ...current, ...values }));
        if (updated) return updated;
      }
      const at = now();
      await sweep(at);
      const id = randomBytes(32).toString("base64url");
      const idHash = hashOf(id);
      const expiresAt = at + maxMs;
      await sessions.insert({
        idHash,
        owner: owner.key,
        sealedValues: seal(owner.key, idHash, values),
        revision: 1,
        createdAt: at,
        lastUsedAt: at,
        expiresAt,
      });
      setVaultCookie(req, res, owner, id, expiresAt);
      return { idHash, owner: owner.key, values, revision: 1 };
    },

    async clear(req, res, owner) {
      const id = readVaultCookie(req, owner);
      if (id) await sessions.delete(hashOf(id), owner.key);
      clearVaultCookie(req, res, owner);
    },

    refresh(session, renew) {
      const key = `${session.idHash}\0${session.revision}`;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = renewOnce(session, renew).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
