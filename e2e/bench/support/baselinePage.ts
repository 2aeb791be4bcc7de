// The hand-written page a browser benchmark compares the platform with: built with the web
// app's own Vite, served from a loopback port of the benchmark's.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { acceptsGzip } from "../../../apps/server/src/web/assetFiles";
import { root } from "./benchPlatform";

/**
 * Builds `source` (a main.jsx) into a page titled `title`; returns its dist folder, inside a
 * temporary folder that the caller removes (`dirname` of it). `modules` are resolved from the
 * workspace package at `modulesFrom` (`packages/widgets` for TanStack), so the page uses the
 * versions the platform does.
 */
export async function buildBaseline(page: {
  title: string;
  source: string;
  modulesFrom: string;
  modules: readonly string[];
}): Promise<string> {
  // Typed by hand: e2e does not depend on Vite, it borrows the web app's copy.
  const webRequire = createRequire(join(root, "apps/web/package.json"));
  const modulesRequire = createRequire(join(root, page.modulesFrom, "package.json"));
  const vite = (await import(webRequire.resolve("vite"))) as {
    build(config: Record<string, unknown>): Promise<unknown>;
  };
  const react = (await import(webRequire.resolve("@vitejs/plugin-react"))).default as () => unknown;
  const dir = mkdtempSync(join(tmpdir(), "tessera-bench-baseline-"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>${page.title}</title></head><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>`,
  );
  writeFileSync(join(dir, "main.jsx"), page.source);
  await vite.build({
    root: dir,
    logLevel: "warn",
    configFile: false,
    plugins: [react()],
    resolve: {
      alias: Object.fromEntries(
        page.modules.map((name) => [name, dirname(modulesRequire.resolve(`${name}/package.json`))]),
      ),
    },
    build: { outDir: join(dir, "dist"), emptyOutDir: true },
  });
  return join(dir, "dist");
}

/**
 * The security headers the platform sends with a viewer page (`url`). A baseline is served with
 * them too: a process swap for Cross-Origin-Opener-Policy and a separate agent cluster cost
 * tens of milliseconds on their own, and a hand-written page deployed beside the platform
 * would carry them as well. The comparison is then about the viewer, not the headers.
 */
export async function platformSecurityHeaders(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  await response.arrayBuffer();
  const names = [
    "content-security-policy",
    "cross-origin-opener-policy",
    "cross-origin-resource-policy",
    "origin-agent-cluster",
    "referrer-policy",
    "x-content-type-options",
    "x-frame-options",
  ];
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return headers;
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/**
 * Serves a built baseline on `port`, each file with `headers`; `pass` may answer a request
 * first (true when it did), as the viewer benchmark passes /api on to the platform. Scripts
 * and styles go gzip-compressed (made once) to a browser that accepts it, as the platform
 * sends its own (apps/server/src/web/assetFiles.ts, whose reading of Accept-Encoding this uses).
 */
export function serveBaseline(
  dist: string,
  port: number,
  options: {
    headers?: Record<string, string>;
    pass?: (req: IncomingMessage, res: ServerResponse) => boolean;
  } = {},
): Promise<Server> {
  const zipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    if (options.pass?.(req, res)) return;
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = path === "/" ? "index.html" : path.slice(1);
    try {
      const headers = {
        ...options.headers,
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      };
      if (/\.(js|css)$/.test(file) && acceptsGzip(req.headers["accept-encoding"])) {
        let body = zipped.get(file);
        if (!body) {
          body = gzipSync(readFileSync(join(dist, file)), { level: 9 });
          zipped.set(file, body);
        }
        res.writeHead(200, { ...headers, "content-encoding": "gzip", vary: "Accept-Encoding" });
        res.end(body);
        return;
      }
      const body = readFileSync(join(dist, file));
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, () => ok(server));
  });
}
