// Plain Node helpers for the top-level scripts: they run before anything is installed,
// so they may use nothing but Node's standard library.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PNPM = "pnpm@12.4.2";

/** Runs a command in the repo, inheriting stdio; exits the script when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

/**
 * Installs Debian packages (as root) without starting their services: the tests start their
 * own PostgreSQL cluster and nginx, and a service on port 80 or 5432 would only be in the way.
 */
export function aptInstall(packages) {
  const policy = "/usr/sbin/policy-rc.d";
  // policy-rc.d answering 101 is Debian's way to say "do not start services" to invoke-rc.d.
  const ownPolicy = !existsSync(policy);
  // `run` exits the script on a failure, so the policy goes on exit rather than in a finally.
  const removePolicy = () => rmSync(policy, { force: true });
  if (ownPolicy) {
    writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
    process.once("exit", removePolicy);
  }
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (ownPolicy) {
    removePolicy();
    process.off("exit", removePolicy);
  }
}

/** Runs pnpm at the pinned version through npx, so a machine with only Node needs nothing else. */
export function pnpm(args, options) {
  run("npx", ["--yes", PNPM, ...args], options);
}

function manifestHash() {
  const hash = createHash("sha256");
  const files = ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml"];
  for (const group of ["apps", "packages"]) {
    for (const name of readdirSync(join(root, group))) files.push(join(group, name, "package.json"));
  }
  files.push("e2e/package.json");
  for (const file of files) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  return hash.digest("hex");
}

/** Installs dependencies when node_modules is missing or a manifest changed since the last install. */
export function ensureInstalled() {
  const stamp = join(root, "node_modules", ".tessera-install");
  const wanted = manifestHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return;
  console.log(
    "→ Installing dependencies (pnpm 12.4.2; better-sqlite3 compiles from source, about a minute)…",
  );
  pnpm(["install", ...(process.env.CI ? ["--frozen-lockfile"] : [])]);
  writeFileSync(stamp, wanted);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app unless its build is newer than every web and package source. */
export function ensureWebBuilt({ force = false } = {}) {
  const marker = join(root, "apps/web/dist/index.html");
  const sources = Math.max(newestMtime(join(root, "apps/web")), newestMtime(join(root, "packages")));
  if (!force && existsSync(marker) && statSync(marker).mtimeMs > sources) return;
  console.log("→ Building the web app…");
  pnpm(["--filter", "@tessera/web", "run", "build"]);
}

/** Starts a long-running child that shares this terminal. */
export function startService(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  child.on("exit", (code, signal) => {
    if (!shuttingDown) {
      console.error(`✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      stopAll(code || 1);
    }
  });
  children.push(child);
  return child;
}

const children = [];
let shuttingDown = false;
export function stopAll(code = 0) {
  shuttingDown = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on("exit", r))))).then(
    () => process.exit(code),
  );
}
