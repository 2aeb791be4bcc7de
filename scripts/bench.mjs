// `npm run bench`: every benchmark kept in the repo, one after the other, each printing
// its figures as ratios against a baseline it runs itself.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ensureInstalled, ensureWebBuilt, root, run } from "./lib/workspace.mjs";

ensureInstalled();
ensureWebBuilt();

const only = process.argv[2];
const benches = [];
for (const dir of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, dir))) benches.push(join(dir, name, "bench"));
}
benches.push("e2e/bench");
for (const dir of benches) {
  if (!existsSync(join(root, dir))) continue;
  for (const file of readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const path = join(dir, file);
    if (only && !path.includes(only)) continue;
    console.log(`\n=== ${path} ===`);
    run(process.execPath, ["--expose-gc", "--import", "tsx", path]);
  }
}
