// A throwaway PostgreSQL cluster for the tests, from Debian's binaries. Plain Node, like
// workspace.mjs: it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DEBIAN_ROOT = "/usr/lib/postgresql";

/** The bin folder of the newest PostgreSQL Debian installed, or null. */
export function findPostgresBin() {
  if (!existsSync(DEBIAN_ROOT)) return null;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((name) => existsSync(join(DEBIAN_ROOT, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(DEBIAN_ROOT, versions[0], "bin") : null;
}

/** A TCP port nothing listens on right now (the kernel's pick, released at once). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function quote(arg) {
  return `'${String(arg).replaceAll("'", `'\\''`)}'`;
}

/**
 * Starts a fresh cluster in a temp folder on a spare port and resolves with
 * `{ url, dir, port, stop }`: `url` is the superuser's URL to the `postgres` database
 * (trust auth on 127.0.0.1 only). Stopped and removed by `stop()` and when this process exits.
 * Resolves with null, after saying why, when PostgreSQL is not installed.
 */
export async function startPostgres({ quiet = false } = {}) {
  const bin = findPostgresBin();
  if (!bin) {
    console.error(`✖ PostgreSQL is not installed (no ${DEBIAN_ROOT}/*/bin/pg_ctl).`);
    console.error("    Install it with: sudo apt-get install -y postgresql");
    return null;
  }
  // PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "tessera-pg-"));
  if (asRoot) {
    const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gids = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (ids.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error("Running as root needs the postgres user (Debian's postgresql package creates it)");
    }
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
  }
  chmodSync(dir, 0o700);
  const exec = (tool, args) => {
    const command = [join(bin, tool), ...args];
    const result = asRoot
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", command.map(quote).join(" ")], {
          encoding: "utf8",
          cwd: dir,
        })
      : spawnSync(command[0], command.slice(1), { encoding: "utf8" });
    if (result.status !== 0) {
      throw new Error(`${tool} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
    return result;
  };

  const data = join(dir, "data");
  let port;
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch (error) {
        if (!quiet) console.error(String(error.message ?? error));
      }
    }
    rmSync(dir, { recursive: true, force: true });
    process.off("exit", stop);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  const onSignal = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on("exit", stop);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    // The port probe and the start can race another process; another port settles it.
    // Durability is off: the cluster is thrown away, and syncing costs seconds on a shared disk.
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      try {
        exec("pg_ctl", [
          "-D",
          data,
          "-l",
          join(dir, "postgres.log"),
          "-o",
          `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
          "-w",
          "-t",
          "60",
          "start",
        ]);
        running = true;
        break;
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  if (!quiet) console.log(`→ PostgreSQL ${bin.split("/").at(-2)} running at ${url} (${dir})`);
  return { url, dir, port, stop };
}
