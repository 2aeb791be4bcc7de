// `npm run test:postgres [-- files…]`: the API tests on a throwaway PostgreSQL cluster.
// Without files: the list in vitest.postgres.config.ts, as `npm test` runs it. With files (or
// folders): those, listed or not, to see whether a resource already works on PostgreSQL.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { startPostgres } from "./lib/postgres.mjs";
import { root } from "./lib/workspace.mjs";

const args = process.argv.slice(2);
const postgres = await startPostgres();
if (!postgres) process.exit(1);
const result = spawnSync(
  join(root, "node_modules/.bin/vitest"),
  ["run", ...(args.length ? args : ["--config", "vitest.postgres.config.ts"])],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TESSERA_TEST_STORE: "postgres", TEST_DATABASE_URL: postgres.url },
  },
);
postgres.stop();
process.exit(result.status ?? 1);
