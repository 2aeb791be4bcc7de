import { sql } from "kysely";
import type { RepositoryContext } from "../Store";

/** A visitor's app session (the vault) as stored; times in epoch milliseconds. */
export interface AppSessionRecord {
  idHash: string;
  owner: string;
  /** The kept values, sealed: only the vault opens them. */
  sealedValues: string;
  revision: number;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

/**
 * Visitors' app sessions (`app_sessions`): the vault's sealed values, shared by every process
 * on the database.
 *
 * Its writes are raw statements left out of `store.version()`, as the rate limits' are (see
 * limits.ts): a visitor's session is no cached data, and a sign-in must not make every
 * instance reload its decoded deployments.
 */
export type AppSessionsRepository = ReturnType<typeof createAppSessionsRepository>;

/** Visitors' app sessions (`app_sessions`), keyed by the sha256 of their cookie's id. */
export function createAppSessionsRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;
  const counted = (result: { numAffectedRows?: bigint }): number => {
    const changes = Number(result.numAffectedRows ?? 0);
    dialect.leaveOutOfVersion(changes);
    return changes;
  };
  return {
    async insert(session: AppSessionRecord): Promise<void> {
      counted(
        await sql`
          INSERT INTO app_sessions
            (id_hash, owner, sealed_values, revision, created_at, last_used_at, expires_at, refresh_lease_until)
          VALUES (${session.idHash}, ${session.owner}, ${session.sealedValues}, ${session.revision},
            ${session.createdAt}, ${session.lastUsedAt}, ${session.expiresAt}, 0)`.execute(db),
      );
    },

    /** The session with this id of this owner, expired or not: a cookie of another app finds nothing. */
    async find(idHash: string, owner: string): Promise<AppSessionRecord | undefined> {
      const row = await db
        .selectFrom("app_sessions")
        .select(["id_hash", "owner", "sealed_values", "revision", "created_at", "last_used_at", "expires_at"])
        .where("id_hash", "=", idHash)
        .where("owner", "=", owner)
        .executeTakeFirst();
      if (!row) return undefined;
      // BIGINT arrives as number on PostgreSQL (the pool's parser); Number() keeps both dialects alike.
      return {
        idHash: row.id_hash,
        owner: row.owner,
        sealedValues: row.sealed_values,
        revision: Number(row.revision),
        createdAt: Number(row.created_at),
        lastUsedAt: Number(row.last_used_at),
        expiresAt: Number(row.expires_at),
      };
    },

    /**
     * Replaces the values if the revision is still `revision`, bumping it; false when another
     * write came first (the caller reads again).
     */
    async replaceValues(
      idHash: string,
      revision: number,
      sealedValues: string,
      now: number,
    ): Promise<boolean> {
      const changes = counted(
        await sql`
          UPDATE app_sessions SET sealed_values = ${sealedValues}, revision = revision + 1, last_used_at = ${now}
          WHERE id_hash = ${idHash} AND revision = ${revision}`.execute(db),
      );
      return changes === 1;
    },

    /** Records a use (the idle lifetime counts from the last one). */
    async touch(idHash: string, now: number): Promise<void> {
      counted(await sql`UPDATE app_sessions SET last_used_at = ${now} WHERE id_hash = ${idHash}`.execute(db));
    },

    /**
     * Takes the session's refresh lease until `until` when no live one is held: true for the
     * one caller, across every process, that got it.
     */
    async takeRefreshLease(idHash: string, now: number, until: number): Promise<boolean> {
      const changes = counted(
        await sql`
          UPDATE app_sessions SET refresh_lease_until = ${until}
          WHERE id_hash = ${idHash} AND refresh_lease_until <= ${now}`.execute(db),
      );
      return changes === 1;
    },

    async releaseRefreshLease(idHash: string): Promise<void> {
      counted(
        await sql`UPDATE app_sessions SET refresh_lease_until = 0 WHERE id_hash = ${idHash}`.execute(db),
      );
    },

    /** Removes the session if it is this owner's: another app's cookie name ends nothing. */
    async delete(idHash: string, owner: string): Promise<void> {
      counted(await sql`DELETE FROM app_sessions WHERE id_hash = ${idHash} AND owner = ${owner}`.execute(db));
    },

    /** Drops the sessions past their absolute end or idle since `idleSince`; returns how many. */
    async deleteExpired(now: number, idleSince: number): Promise<number> {
      return counted(
        await sql`DELETE FROM app_sessions WHERE expires_at <= ${now} OR last_used_at <= ${idleSince}`.execute(
          db,
        ),
      );
    },
  };
}
