import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type UserConfig } from "vite";

const apiTarget = process.env.VITE_API_TARGET ?? "http://localhost:3000";

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
    plugins: [react()],
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
