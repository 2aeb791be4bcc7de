// `npm run bench`: every benchmark kept in the repo, one after the other, each printing
// its figures as ratios against a baseline it runs itself. A benchmark is a .ts file at the
// top of a bench/ folder; what they share lives below it (apps/server/bench/support/).
// Those that compare the stores get a throwaway PostgreSQL cluster in BENCH_POSTGRES_URL.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findPostgresBin, startPostgres } from "./lib/postgres.mjs";
import { ensureInstalled, ensureWebBuilt, root, run } from "./lib/workspace.mjs";

ensureInstalled();
ensureWebBuilt();

const only = process.argv[2];
const benches = [];
for (const dir of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, dir))) benches.push(join(dir, name, "bench"));
}
benches.push("e2e/bench");

let postgres = null;
if (findPostgresBin()) postgres = await startPostgres();
else
  console.log(
    "⚠ PostgreSQL is not installed: the proxy benchmark runs on SQLite only (apt-get install -y postgresql)",
  );
const env = { ...process.env, ...(postgres ? { BENCH_POSTGRES_URL: postgres.url } : {}) };

for (const dir of benches) {
  if (!existsSync(join(root, dir))) continue;
  for (const file of readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => entry.name)
    .sort()) {
    const path = join(dir, file);
    if (only && !path.includes(only)) continue;
    console.log(`\n=== ${path} ===`);
    run(process.execPath, ["--expose-gc", "--import", "tsx", path], { env });
  }
}
postgres?.stop();
