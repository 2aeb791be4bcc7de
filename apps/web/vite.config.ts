import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = process.env.VITE_API_TARGET ?? "http://localhost:3000";

// Two entries, two bundles: the viewer (index of /app/*) must never pull editor code or Monaco.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // The platform reads it to hint the widget chunks a deployed page uses (viewerPreloads).
    manifest: true,
    rollupOptions: {
      input: {
        editor: resolve(import.meta.dirname, "index.html"),
        viewer: resolve(import.meta.dirname, "viewer.html"),
      },
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
});
