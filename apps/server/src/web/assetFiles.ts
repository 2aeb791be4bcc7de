import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { RequestHandler } from "express";

/** A body and the headers it is sent with. */
interface Sent {
  body: Buffer;
  headers: Record<string, string>;
}

/** A file of `assets/` as it is sent, and its gzip copy when the build made one (`x.js.gz`). */
interface Asset {
  plain: Sent;
  gzip?: Sent;
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
 * median before, 2.0-3.6 ms from memory). A browser that accepts gzip gets the copy the build
 * compressed (apps/web/vite.config.ts): a third of the bytes, nothing compressed per request
 * (bench table, interleaved A/B of 25 fresh contexts: first row at 321 -> 309 and 310 -> 302 ms
 * median, on loopback).
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
      const found = await readAsset(assetsDir, name);
      if (!found) {
        res.status(404).end();
        return;
      }
      asset = found;
      if (asset.plain.body.length <= MAX_KEPT_BYTES) kept.set(name, asset);
    }
    const sent = asset.gzip && acceptsGzip(req.headers["accept-encoding"]) ? asset.gzip : asset.plain;
    res.writeHead(200, sent.headers);
    res.end(req.method === "HEAD" ? undefined : sent.body);
  };
}

async function readAsset(assetsDir: string, name: string): Promise<Asset | null> {
  const [body, gzipped] = await Promise.all([
    readFile(join(assetsDir, name)).catch(() => null),
    readFile(join(assetsDir, `${name}.gz`)).catch(() => null),
  ]);
  if (!body) return null;
  const headers = headersOf(name, body.length);
  if (!gzipped) return { plain: { body, headers } };
  // Caches between here and the browser keep the two apart.
  const vary = { Vary: "Accept-Encoding" };
  return {
    plain: { body, headers: { ...headers, ...vary } },
    gzip: {
      body: gzipped,
      headers: { ...headers, ...vary, "Content-Encoding": "gzip", "Content-Length": String(gzipped.length) },
    },
  };
}

/** Whether an Accept-Encoding header takes gzip: named, or by `*`, with a q above 0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [coding, ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    weights.set(coding, q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = weights.get("gzip") ?? weights.get("*") ?? 0;
  return weight > 0;
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
