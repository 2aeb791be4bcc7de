// nginx in front of platform instances, for the multi-instance tests and the cluster journeys.
// Plain Node, like postgres.mjs: scripts import it before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const NGINX = "/usr/sbin/nginx";
const START_TIMEOUT_MS = 30_000;

/** Why nginx cannot front a cluster here (a sentence), or null. */
export function nginxUnavailable() {
  return existsSync(NGINX) ? null : `nginx is not installed at ${NGINX} (apt-get install -y nginx)`;
}

/**
 * The configuration, as an operator would write it (deploy/nginx.conf): round robin, a failed
 * connection goes to the next instance (a POST already sent is not replayed: nginx never
 * retries non-idempotent requests), Host and X-Forwarded-* passed on. X-Tessera-Upstream
 * tells a test which instance answered. Everything nginx writes stays in `dir`.
 */
export function nginxConfig({ dir, port, upstreams, workerUser = null }) {
  return `${workerUser ? `user ${workerUser};\n` : ""}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  log_format tessera '$remote_addr "$request" $status upstream=$upstream_addr';
  access_log ${dir}/access.log tessera;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream tessera {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://tessera;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      add_header X-Tessera-Upstream $upstream_addr always;
    }
  }
}
`;
}

function groupOf(user) {
  const result = spawnSync("id", ["-gn", user], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : user;
}

/**
 * Starts nginx on 127.0.0.1:`port` in front of the instances listening on `upstreams` (ports),
 * and resolves once `healthPath` answers 200 through it:
 * `{ url, process, errors(), requestsPerUpstream(), stop() }`.
 * The instances must be up and must accept `url`'s host (their PUBLIC_URL).
 */
export async function startNginx({ port, upstreams, healthPath = "/api/health" }) {
  const dir = mkdtempSync(join(tmpdir(), "tessera-nginx-"));
  const asRoot = process.getuid?.() === 0;
  // nginx's workers drop root for `nobody`, who must reach the temp paths under dir.
  if (asRoot) chmodSync(dir, 0o755);
  const workerUser = asRoot ? `nobody ${groupOf("nobody")}` : null;
  writeFileSync(join(dir, "nginx.conf"), nginxConfig({ dir, port, upstreams, workerUser }));
  const child = spawn(
    NGINX,
    ["-p", `${dir}/`, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log"), "-g", "daemon off;"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let output = "";
  child.stderr.on("data", (chunk) => {
    output += chunk.toString();
  });
  const errors = () => {
    const log = join(dir, "error.log");
    return existsSync(log) ? readFileSync(log, "utf8") : "";
  };
  const requestsPerUpstream = () => {
    const log = join(dir, "access.log");
    const counts = {};
    if (!existsSync(log)) return counts;
    for (const match of readFileSync(log, "utf8").matchAll(/ upstream=(\S+)$/gm)) {
      counts[match[1]] = (counts[match[1]] ?? 0) + 1;
    }
    return counts;
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const why = `${output}${errors()}`;
      await stop();
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}) before answering:\n${why}`);
    }
    try {
      const res = await fetch(`${url}${healthPath}`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      const why = `${output}${errors()}`;
      await stop();
      throw new Error(
        `nginx did not answer ${url}${healthPath} within ${START_TIMEOUT_MS / 1000} s:\n${why}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { url, process: child, errors, requestsPerUpstream, stop };
}
