import { defineConfig } from "vitest/config";
import base, { timingTests } from "./vitest.config.ts";

/**
 * The server suite `npm test` runs a second time on PostgreSQL (TESSERA_TEST_STORE=postgres and
 * TEST_DATABASE_URL, an admin URL to the throwaway cluster scripts/lib/postgres.mjs starts;
 * startTestServer then gives every test server a fresh database). Every test file under
 * apps/server/src runs, multiInstance.test.ts included (two platform processes behind nginx on
 * one database), except the timing tests (as in vitest.config.ts) and the tests of the SQLite
 * store alone, listed in `sqliteOnlyTests` with the reason.
 */
export const sqliteOnlyTests = [
  // PRAGMA data_version and total_changes() on two better-sqlite3 handles: SQLite's store version.
  "apps/server/src/store/sqlite/**/*.test.ts",
];

export default defineConfig({
  test: {
    ...base.test,
    include: ["apps/server/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...timingTests, ...sqliteOnlyTests],
  },
});
