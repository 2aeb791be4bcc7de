import { type Kysely, sql } from "kysely";
import type { Dialect } from "./dialect";
import type { Schema } from "./schema";

/** One numbered schema change; the same version means the same change in both dialects. */
export interface MigrationStep {
  version: number;
  name: string;
  sql: string;
}

// The table and its columns predate the store: SQLite files from before keep working as they are.
const MIGRATIONS_TABLE =
  "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

/**
 * Applies every step newer than the database, each in its own transaction with its row in
 * `migrations`, and returns the versions applied. Each transaction first takes the dialect's
 * migration lock and reads the version again, so processes starting together apply a step once.
 */
export async function migrate(
  db: Kysely<Schema>,
  dialect: Dialect,
  steps: readonly MigrationStep[],
): Promise<number[]> {
  const applied: number[] = [];
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction().execute(async (trx) => {
      await dialect.lockMigrations(trx);
      await dialect.runScript(trx, MIGRATIONS_TABLE);
      const row = await trx
        .selectFrom("migrations")
        .select(sql<number | null>`MAX(version)`.as("version"))
        .executeTakeFirstOrThrow();
      if (step.version <= Number(row.version ?? 0)) return false;
      await dialect.runScript(trx, step.sql);
      await trx
        .insertInto("migrations")
        .values({ version: step.version, name: step.name, applied_at: new Date().toISOString() })
        .execute();
      return true;
    });
    if (done) applied.push(step.version);
  }
  return applied;
}
