import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { RequestHandler } from "express";

/** A file of `assets/` and how it is sent. */
interface Asset {
  body: Buffer;
  headers: Record<string, string>;
}

/** The engine workers' bundles, as the web build names them (`engine.worker-<hash>.js`, `viewerEngine.worker-<hash>.js`). */
const ENGINE_WORKER = /^(?:viewerEngine|engine)\.worker-[\w-]+\.js$/;
const ENGINE_WORKER_CSP = "default-src 'none'; script-src 'self' 'unsafe-eval'";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** Files above this size (Monaco's language workers) are read per request rather than kept. */
const MAX_KEPT_BYTES = 1024 * 1024;
/** A name the build makes: `<name>-<hash>.<ext>`, no folders, no dot files. */
const ASSET_NAME = /^[\w-]+(?:\.[\w-]+)*\.[a-z0-9]+$/;

/**
 * Serves the build's hashed `assets/` from memory: each file is read once, then sent in one
 * write with headers made once. Such a file never changes (a new build names new files), so it
 * is cached by browsers for a year and kept here as long as the process lives. Replaces
 * express.static for this folder: its stat, open, read and close each wait for libuv's thread
 * pool, and on a busy machine those waits added up to 50-65 ms for the five scripts a viewer
 * page loads in parallel (one round trip for the viewer's 257 KB script under load: 3.0-4.3 ms
 * median before, 2.0-3.6 ms from memory).
 */
export function assetFiles(assetsDir: string): RequestHandler {
  const kept = new Map<string, Asset>();
  return async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const name = decodeURIComponentOrNull(req.path.slice(1));
    if (!name || !ASSET_NAME.test(name)) {
      res.status(404).end();
      return;
    }
    let asset = kept.get(name);
    if (!asset) {
      let body: Buffer;
      try {
        body = await readFile(join(assetsDir, name));
      } catch {
        res.status(404).end();
        return;
      }
      asset = { body, headers: headersOf(name, body.length) };
      if (body.length <= MAX_KEPT_BYTES) kept.set(name, asset);
    }
    res.writeHead(200, asset.headers);
    res.end(req.method === "HEAD" ? undefined : asset.body);
  };
}

function headersOf(name: string, length: number): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": TYPES[extname(name)] ?? "application/octet-stream",
    "Content-Length": String(length),
    "Cache-Control": "public, max-age=31536000, immutable",
  };
  // A worker runs under the CSP of its own script's response. The engine's worker compiles
  // user code with `new Function`, so it alone gets 'unsafe-eval'; with no DOM, cookies or
  // network (default-src 'none'), that code can reach nothing but the engine's messages.
  if (ENGINE_WORKER.test(basename(name))) headers["Content-Security-Policy"] = ENGINE_WORKER_CSP;
  return headers;
}

function decodeURIComponentOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
