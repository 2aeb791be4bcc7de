// `npm run bench [name]`: every benchmark kept in the repo (or those whose path contains
// `name`), one after the other, each printing its figures as ratios against a baseline it runs
// itself. A benchmark is a .ts file at the top of a bench/ folder; what they share lives below
// it (apps/server/bench/support/). Each states its targets through reportTarget
// (scripts/lib/benchTarget.mjs); the run ends with one table of them all.
// Those that compare the stores get a throwaway PostgreSQL cluster in BENCH_POSTGRES_URL.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { BENCH_TARGET_MARKER } from "./lib/benchTarget.mjs";
import { findPostgresBin, startPostgres } from "./lib/postgres.mjs";
import { ensureInstalled, ensureWebBuilt, root } from "./lib/workspace.mjs";

/** A benchmark still running after this long is stopped and reported as failed. */
const BENCH_TIMEOUT_MS = 8 * 60_000;

ensureInstalled();
ensureWebBuilt();

const only = process.argv[2];
const dirs = [];
for (const group of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, group))) dirs.push(join(group, name, "bench"));
}
dirs.push("e2e/bench");
const files = dirs
  .filter((dir) => existsSync(join(root, dir)))
  .flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
      .map((entry) => join(dir, entry.name))
      .sort(),
  )
  .filter((path) => !only || path.includes(only));
if (files.length === 0) {
  console.error(`✖ no benchmark matches "${only}"`);
  process.exit(1);
}

let postgres = null;
if (findPostgresBin()) postgres = await startPostgres();
else
  console.log(
    "⚠ PostgreSQL is not installed: the proxy benchmark runs on SQLite only (apt-get install -y postgresql)",
  );
const env = { ...process.env, ...(postgres ? { BENCH_POSTGRES_URL: postgres.url } : {}) };

/** Runs one benchmark, echoing its output; resolves with its targets and how it ended. */
function runBench(path) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const targets = [];
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith(BENCH_TARGET_MARKER))
        targets.push(JSON.parse(line.slice(BENCH_TARGET_MARKER.length)));
      else console.log(line);
    });
    const timer = setTimeout(() => {
      console.error(`✖ ${path} still running after ${BENCH_TIMEOUT_MS / 60_000} min: stopped`);
      child.kill("SIGTERM");
    }, BENCH_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ path, targets, ok: code === 0, exit: signal ?? `exit ${code}` });
    });
  });
}

const started = Date.now();
const results = [];
try {
  for (const path of files) {
    console.log(`\n=== ${path} ===`);
    const benchStarted = Date.now();
    const result = await runBench(path);
    result.seconds = (Date.now() - benchStarted) / 1000;
    results.push(result);
  }
} finally {
  postgres?.stop();
}

const rows = results.flatMap((r) => [
  ...r.targets.map((t) => [
    r.path.split("/").pop().replace(/\.ts$/, ""),
    t.name,
    t.figure,
    t.target,
    t.met ? "met" : "MISSED",
  ]),
  ...(r.ok ? [] : [[r.path, "the benchmark itself", r.exit, "exit 0", "FAILED"]]),
]);
const header = ["bench", "target", "figure", "bound", "outcome"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(" | ");
console.log(`\n=== summary (${((Date.now() - started) / 60_000).toFixed(1)} min) ===`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
for (const row of rows) console.log(line(row));
for (const r of results) console.log(`  ${r.path}: ${r.seconds.toFixed(0)} s`);
const missed = rows.filter((row) => row[4] !== "met").length;
console.log(missed === 0 ? `all ${rows.length} targets met` : `${missed} of ${rows.length} not met`);
process.exitCode = missed === 0 ? 0 : 1;
