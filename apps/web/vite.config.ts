import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type UserConfig } from "vite";

const apiTarget = process.env.VITE_API_TARGET ?? "http://localhost:3000";

/**
 * The tab icon of both pages (four tiles), inline: a page without one had the browser ask for
 * /favicon.ico on every fresh load, which the platform answered with the editor's HTML. A
 * 16x16 PNG, not an SVG: Chromium loads an SVG icon as a document of its own on the page's
 * main thread, 5-12 ms while the page starts (bench table, interleaved A/B of 21 and 25 fresh
 * contexts: first row at 351 -> 315 and 321 -> 301 ms median).
 */
const ICON =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAASElEQVR42mNgoAZQTX7doJr8+j8aboDJJyz91ZCw9Nd/NNyAbMB/bBjJgP/Y8DAzgLJAHHhAyImEvEgwkAgF8jAxgLJApAQAAJvuf6ADjJtzAAAAAElFTkSuQmCC";

const tabIcon: Plugin = {
  name: "tessera-tab-icon",
  transformIndexHtml: () => [{ tag: "link", attrs: { rel: "icon", href: ICON }, injectTo: "head" }],
};

/** Files smaller than this are sent as they are: their gzip copy would save less than a packet. */
const MIN_GZIP_BYTES = 1024;
const gzipAsync = promisify(gzip);

/**
 * Writes a gzip copy beside each script, style sheet and font of the build (`x.js.gz`), made
 * once here at the highest level, which the platform sends to browsers that accept it
 * (apps/server/src/web/assetFiles.ts): the viewer's script is a third of its size on the wire,
 * and nothing compresses per request.
 */
const gzipCopies: Plugin = {
  name: "tessera-gzip-copies",
  apply: "build",
  async writeBundle(options, bundle) {
    const dir = options.dir ?? "dist";
    await Promise.all(
      Object.values(bundle).map(async (file) => {
        if (!/\.(js|css|svg|json|ttf|wasm)$/.test(file.fileName)) return;
        const source = file.type === "chunk" ? file.code : file.source;
        if (source.length < MIN_GZIP_BYTES) return;
        const copy = await gzipAsync(source, { level: constants.Z_BEST_COMPRESSION });
        await writeFile(join(dir, `${file.fileName}.gz`), copy);
      }),
    );
  },
};

/**
 * The web app is two builds into one `dist`: the editor (index.html, this file) and the viewer
 * (viewer.html, vite.viewer.config.ts), run in that order by `npm run build`. The viewer must
 * never pull editor code or Monaco, and, built alone, shares no chunk with the editor: its
 * page loads one script (React, the runtime, the engine's client) and the chunks of the widget
 * types it shows. Built together, the bundler split the code both entries use into six chunks
 * that queued behind each other over the browser's six connections to the host, with the
 * widget chunks behind them (bench viewer, LoginPage interactive: 1.62x -> 1.38x).
 */
export function webBuild(entry: "editor" | "viewer"): UserConfig {
  return {
    plugins: [react(), tabIcon, gzipCopies],
    build: {
      outDir: "dist",
      // The editor's build comes first and clears the folder; the viewer's adds to it.
      emptyOutDir: entry === "editor",
      sourcemap: false,
      // The platform reads the viewer's to hint the widget chunks a deployed page uses
      // (apps/server/src/web/viewerHtmlExtras.ts).
      manifest: entry === "viewer",
      rollupOptions: {
        input: { [entry]: resolve(import.meta.dirname, entry === "editor" ? "index.html" : "viewer.html") },
      },
    },
    worker: { format: "es" },
    server: {
      // VITE_API_TARGET points the dev server at a platform on another port. The platform only
      // answers its own Host and Origin (DNS rebinding, cross-site writes), so the dev server
      // speaks to it as a page of the platform's own origin would.
      proxy: {
        "/api": {
          target: apiTarget,
          changeOrigin: true,
          configure: (proxy) =>
            proxy.on("proxyReq", (proxied, request) => {
              // Only the dev server's own pages: another site's Origin still reaches the platform.
              if (request.headers.origin === `http://${request.headers.host}`) {
                proxied.setHeader("origin", new URL(apiTarget).origin);
              }
            }),
        },
      },
    },
  };
}

export default defineConfig(webBuild("editor"));
