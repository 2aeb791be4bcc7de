// `npm test`: install what is missing, type-check, lint, unit and API tests, then the
// browser journeys in Debian's Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureInstalled, ensureWebBuilt, pnpm, root, run } from "./lib/workspace.mjs";

const CHROMIUM = "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error("✖ The browser tests need Debian's Chromium. Install it, then run npm test again:");
    console.error("    sudo apt-get update && sudo apt-get install -y chromium");
    process.exit(1);
  }
  console.log("→ Installing Debian's Chromium for the browser tests…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

const reports = join(root, "test-results");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

ensureInstalled();
ensureChromium();

console.log("→ Type-checking…");
pnpm(["-r", "--workspace-concurrency=2", "run", "typecheck"]);

console.log("→ Linting…");
run(join(root, "node_modules/.bin/biome"), ["check", "."]);

if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) {
  console.log("→ Checking docker-compose.yml…");
  run("docker-compose", ["config", "-q"]);
}

console.log("→ Unit and API tests…");
const vitestReport = join(reports, "vitest.json");
const unit = spawnSync(
  join(root, "node_modules/.bin/vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  { cwd: root, stdio: "inherit" },
);

ensureWebBuilt({ force: true });

console.log("→ Browser journeys…");
const e2eReport = join(reports, "playwright.json");
const e2e = spawnSync(join(root, "e2e/node_modules/.bin/playwright"), ["test"], {
  cwd: join(root, "e2e"),
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestReport)) {
  const v = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(e2eReport)) {
  const p = JSON.parse(readFileSync(e2eReport, "utf8")).stats;
  passed += p.expected + (p.flaky ?? 0);
  failed += p.unexpected;
  skipped += p.skipped;
}
console.log("");
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unit.status || e2e.status || (failed > 0 ? 1 : 0));
