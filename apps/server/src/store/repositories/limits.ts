import { sql } from "kysely";
import type { RepositoryContext } from "../Store";

/** One key's count in one limiter (`rate_limits`); times in epoch milliseconds. */
export interface RateCountRecord {
  consumed: number;
  /** When the current window ends; its count no longer applies from then on. */
  windowEnd: number;
  /** Refused until then, whatever the count (0: never blocked). */
  blockedUntil: number;
}

/** Points to count against one key of one limiter. */
export interface RateTake {
  limiter: string;
  key: string;
  cost: number;
  /** The limiter's window: a key whose window is over starts a new one of this length. */
  windowMs: number;
}

interface RateLimitRow {
  limiter: string;
  key: string;
  consumed: number;
  window_end: number;
  blocked_until: number;
}

/**
 * The counts behind the rate limits (`rate_limits`), shared by every process on the database.
 *
 * Its writes are raw statements on purpose, so the PostgreSQL store does not bump its
 * version for them (see Store): a count is no cached data, and bumping the one counter row
 * on every query run would add a round trip, make every instance's caches reload, and line
 * all runs of all instances up behind one row lock. On SQLite every write leaves itself out
 * of the version (`dialect.leaveOutOfVersion`): counted, the run path's caches reloaded on
 * every run, ~300 µs of platform CPU per run in the proxy bench.
 */
export type LimitsRepository = ReturnType<typeof createLimitsRepository>;

/** The counts behind the rate limits (`rate_limits`), shared by every process on the database. */
export function createLimitsRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;
  return {
    /**
     * Counts each take against its key in one atomic statement (one round trip), starting a
     * new window for a key whose window is over, and returns the counts after it, in the
     * order of `takes`. The keys of `takes` must differ.
     */
    async consume(takes: readonly RateTake[], now: number): Promise<RateCountRecord[]> {
      // Nothing to count (every limit of the caller turned off): an empty VALUES list is no SQL.
      if (takes.length === 0) return [];
      const rows = sql.join(
        takes.map((take) => sql`(${take.limiter}, ${take.key}, ${take.cost}, ${now + take.windowMs}, 0)`),
      );
      const result = await sql<RateLimitRow>`
        INSERT INTO rate_limits (limiter, key, consumed, window_end, blocked_until) VALUES ${rows}
        ON CONFLICT (limiter, key) DO UPDATE SET
          consumed = CASE WHEN rate_limits.window_end <= ${now} THEN excluded.consumed
            ELSE rate_limits.consumed + excluded.consumed END,
          window_end = CASE WHEN rate_limits.window_end <= ${now} THEN excluded.window_end
            ELSE rate_limits.window_end END
        RETURNING limiter, key, consumed, window_end, blocked_until`.execute(db);
      // One changed row per take, inserted or updated.
      dialect.leaveOutOfVersion(result.rows.length);
      // RETURNING promises no order: match the rows to the takes.
      return takes.map((take) => {
        const row = result.rows.find((r) => r.limiter === take.limiter && r.key === take.key);
        if (!row) throw new Error(`rate_limits returned no row for ${take.limiter}`);
        return countOf(row);
      });
    },

    /** The key's count as stored, expired or not; undefined when it has none. */
    async find(limiter: string, key: string): Promise<RateCountRecord | undefined> {
      const row = await db
        .selectFrom("rate_limits")
        .select(["limiter", "key", "consumed", "window_end", "blocked_until"])
        .where("limiter", "=", limiter)
        .where("key", "=", key)
        .executeTakeFirst();
      return row ? countOf(row) : undefined;
    },

    /**
     * Refuses the key until `until` (or a later block it has already). A key without a count
     * gets an empty window ending at `windowEnd`.
     */
    async block(limiter: string, key: string, until: number, windowEnd: number): Promise<void> {
      const result = await sql`
        INSERT INTO rate_limits (limiter, key, consumed, window_end, blocked_until)
        VALUES (${limiter}, ${key}, 0, ${windowEnd}, ${until})
        ON CONFLICT (limiter, key) DO UPDATE SET
          blocked_until = CASE WHEN rate_limits.blocked_until > excluded.blocked_until
            THEN rate_limits.blocked_until ELSE excluded.blocked_until END`.execute(db);
      dialect.leaveOutOfVersion(Number(result.numAffectedRows ?? 0));
    },

    async delete(limiter: string, key: string): Promise<void> {
      const result = await sql`DELETE FROM rate_limits WHERE limiter = ${limiter} AND key = ${key}`.execute(
        db,
      );
      dialect.leaveOutOfVersion(Number(result.numAffectedRows ?? 0));
    },

    /** Drops the counts whose window and block are both over at `now`; returns how many. */
    async deleteExpired(now: number): Promise<number> {
      const result = await sql`
        DELETE FROM rate_limits WHERE window_end <= ${now} AND blocked_until <= ${now}`.execute(db);
      const deleted = Number(result.numAffectedRows ?? 0);
      dialect.leaveOutOfVersion(deleted);
      return deleted;
    },
  };
}

function countOf(row: RateLimitRow): RateCountRecord {
  // BIGINT arrives as number on PostgreSQL (the pool's parser); Number() keeps both dialects alike.
  return {
    consumed: Number(row.consumed),
    windowEnd: Number(row.window_end),
    blockedUntil: Number(row.blocked_until),
  };
}
