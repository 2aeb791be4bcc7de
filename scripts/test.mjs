// `npm test`: install what is missing, type-check, lint, unit and API tests on SQLite, the
// API tests again on PostgreSQL (a throwaway cluster), then the browser journeys in Debian's
// Chromium, and the flagship journey again on two instances on PostgreSQL behind nginx.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { nginxUnavailable } from "./lib/nginx.mjs";
import { findPostgresBin, startPostgres } from "./lib/postgres.mjs";
import { aptInstall, ensureInstalled, ensureWebBuilt, pnpm, root, run } from "./lib/workspace.mjs";

const CHROMIUM = "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error("✖ The browser tests need Debian's Chromium. Install it, then run npm test again:");
    console.error("    sudo apt-get update && sudo apt-get install -y chromium");
    process.exit(1);
  }
  console.log("→ Installing Debian's Chromium for the browser tests…");
  aptInstall(["chromium"]);
}

/**
 * Whether the API tests can also run on PostgreSQL. Outside CI a machine without it skips
 * them, saying so; CI never skips: it installs PostgreSQL (and nginx, for the multi-instance
 * test) or fails.
 */
function ensurePostgres() {
  const nginx = existsSync("/usr/sbin/nginx");
  if (findPostgresBin() && (nginx || !process.env.CI)) return true;
  if (!process.env.CI) {
    console.log(
      "⚠ The API tests will not run on PostgreSQL: it is not installed (/usr/lib/postgresql/*/bin).",
    );
    console.log("    To run them too: sudo apt-get install -y postgresql nginx");
    return false;
  }
  if (process.getuid?.() !== 0) {
    console.error(
      "✖ CI runs the API tests on PostgreSQL too. Install it (and nginx), then run npm test again:",
    );
    console.error("    sudo apt-get update && sudo apt-get install -y postgresql nginx");
    process.exit(1);
  }
  console.log("→ Installing Debian's PostgreSQL and nginx for the API tests on PostgreSQL…");
  aptInstall(["postgresql", "nginx"]);
  return true;
}

/** Runs vitest with the console reporter and a JSON report; returns the exit status. */
function vitest(args, report, env) {
  const result = spawnSync(
    join(root, "node_modules/.bin/vitest"),
    ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { cwd: root, stdio: "inherit", env },
  );
  return result.status ?? 1;
}

const reports = join(root, "test-results");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

ensureInstalled();
ensureChromium();
const withPostgres = ensurePostgres();

console.log("→ Type-checking…");
pnpm(["-r", "--workspace-concurrency=2", "run", "typecheck"]);

console.log("→ Linting…");
run(join(root, "node_modules/.bin/biome"), ["check", "."]);

if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) {
  console.log("→ Checking docker-compose.yml and docker-compose.cluster.yml…");
  run("docker-compose", ["config", "-q"]);
  // The cluster file requires the shared key; any value does for checking the file.
  run("docker-compose", ["-f", "docker-compose.cluster.yml", "config", "-q"], {
    env: { ...process.env, TESSERA_SECRET_KEY: process.env.TESSERA_SECRET_KEY || "check" },
  });
}

// One throwaway cluster for both runs: the PostgreSQL datasource tests of the SQLite run make
// their own databases on it (TEST_POSTGRES_URL), and the second run keeps its store there.
let postgres = null;
let postgresFailure = null;
if (withPostgres) {
  try {
    postgres = await startPostgres();
    if (!postgres) throw new Error("PostgreSQL is not installed");
  } catch (error) {
    postgresFailure = error;
  }
}

// The first run is on SQLite whatever the shell says: the second one is PostgreSQL's.
const { TESSERA_TEST_STORE, TEST_DATABASE_URL, ...shellEnv } = process.env;
const sqliteEnv = postgres ? { ...shellEnv, TEST_POSTGRES_URL: postgres.url } : shellEnv;
console.log("→ Unit and API tests (SQLite)…");
const vitestReport = join(reports, "vitest.json");
const unit = vitest([], vitestReport, sqliteEnv);

// Ratios of time, measured with nothing else running (vitest.config.ts says why).
console.log("→ Timing tests, one at a time…");
const timingReport = join(reports, "vitest-timing.json");
const timing = vitest(["--config", "vitest.timing.config.ts"], timingReport, sqliteEnv);

// Only apps/server's tests touch the store; the list is in vitest.postgres.config.ts.
const postgresReport = join(reports, "vitest-postgres.json");
let onPostgres = 0;
if (withPostgres) {
  console.log("→ API tests on PostgreSQL…");
  if (postgres) {
    onPostgres = vitest(["--config", "vitest.postgres.config.ts"], postgresReport, {
      ...sqliteEnv,
      TESSERA_TEST_STORE: "postgres",
      TEST_DATABASE_URL: postgres.url,
    });
    postgres.stop();
  } else {
    console.error(`✖ Could not start PostgreSQL for the tests: ${postgresFailure?.message}`);
    onPostgres = 1;
  }
}

ensureWebBuilt({ force: true });

console.log("→ Browser journeys…");
const e2eReport = join(reports, "playwright.json");
const e2e = spawnSync(join(root, "e2e/node_modules/.bin/playwright"), ["test"], {
  cwd: join(root, "e2e"),
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
});

// The multi-instance setup of docker-compose.cluster.yml, on this machine's binaries. CI has
// both (ensurePostgres installs them or fails), so only a developer's machine skips it.
const clusterReport = join(reports, "playwright-cluster.json");
const clusterMissing = findPostgresBin() ? nginxUnavailable() : "PostgreSQL is not installed";
let onCluster = 0;
if (clusterMissing) {
  console.log(`⚠ The flagship journey will not run on two instances behind nginx: ${clusterMissing}.`);
  console.log("    To run it too: sudo apt-get install -y postgresql nginx");
} else {
  console.log("→ The flagship journey on two instances (PostgreSQL, nginx)…");
  const cluster = spawnSync(
    join(root, "e2e/node_modules/.bin/playwright"),
    ["test", "--config", "playwright.cluster.config.ts"],
    {
      cwd: join(root, "e2e"),
      stdio: "inherit",
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: clusterReport },
    },
  );
  onCluster = cluster.status ?? 1;
}

let passed = 0;
let failed = 0;
let skipped = 0;
let ranOnPostgres = 0;
for (const report of [vitestReport, timingReport, postgresReport]) {
  if (!existsSync(report)) continue;
  const v = JSON.parse(readFileSync(report, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  if (report === postgresReport) ranOnPostgres = v.numPassedTests + v.numFailedTests;
}
let ranOnCluster = 0;
for (const report of [e2eReport, clusterReport]) {
  if (!existsSync(report)) continue;
  const p = JSON.parse(readFileSync(report, "utf8")).stats;
  passed += p.expected + (p.flaky ?? 0);
  failed += p.unexpected;
  skipped += p.skipped;
  if (report === clusterReport) ranOnCluster = p.expected + (p.flaky ?? 0) + p.unexpected;
}
console.log("");
const stores = withPostgres
  ? `API tests on SQLite and PostgreSQL, ${ranOnPostgres} of them on PostgreSQL`
  : "API tests on SQLite only; skipped on PostgreSQL, not installed: apt-get install -y postgresql";
const cluster = clusterMissing
  ? "the flagship journey skipped on two instances"
  : `${ranOnCluster} browser journeys on two instances behind nginx`;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped (${stores}; ${cluster})`);
process.exit(unit || timing || onPostgres || e2e.status || onCluster || (failed > 0 ? 1 : 0));
