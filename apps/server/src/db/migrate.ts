import { sqliteMigrations as defaultMigrations } from "../store/sqlite/sqliteMigrations";
import type { Db } from "./openDatabase";

/**
 * Applies every migration step newer than the database, each in its own transaction.
 * Returns the versions applied.
 */
export function migrate(db: Db, steps = defaultMigrations): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const row = db.prepare("SELECT MAX(version) AS version FROM migrations").get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  const applied: number[] = [];
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        step.version,
        step.name,
        new Date().toISOString(),
      );
    })();
    applied.push(step.version);
  }
  return applied;
}
