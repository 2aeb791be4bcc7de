import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Two entries, two bundles: the viewer (index of /app/*) must never pull editor code or Monaco.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        editor: resolve(import.meta.dirname, "index.html"),
        viewer: resolve(import.meta.dirname, "viewer.html"),
      },
    },
  },
  worker: { format: "es" },
  server: {
    // VITE_API_TARGET points the dev server at a platform on another port. The Host header is
    // kept (no changeOrigin) so the platform's same-origin check sees the page's own origin.
    proxy: { "/api": process.env.VITE_API_TARGET ?? "http://localhost:3000" },
  },
});
