import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EMBEDDED_APP_ID } from "@tessera/model";
import express, { type Router } from "express";
import { assetFiles } from "./assetFiles";
import type { ViewerHtmlExtras, ViewerHtmlExtrasOf } from "./viewerHtmlExtras";

/**
 * Serves the built web app: hashed `/assets` cached for a year, `/app/*` -> viewer.html,
 * every other non-API GET -> index.html (the editor). Without a build, a short hint page.
 * `extrasOf` gives what a viewer page's HTML carries for its app (viewerHtmlExtras).
 */
export function staticWeb(webDist: string, extrasOf?: ViewerHtmlExtrasOf): Router {
  const router = express.Router();
  const index = join(webDist, "index.html");
  const viewer = join(webDist, "viewer.html");

  router.use("/assets", assetFiles(join(webDist, "assets")));
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get("/{*rest}", async (req, res, next) => {
    if (req.path === "/api" || req.path.startsWith("/api/")) return next();
    const page = req.path === "/app" || req.path.startsWith("/app/") ? viewer : index;
    if (!existsSync(page)) {
      res
        .status(503)
        .type("text/plain")
        .send(`The web app is not built. Run: cd apps/web && npm run build (looked in ${webDist})\n`);
      return;
    }
    // The HTML names the hashed assets of the current build, so it must never be cached.
    res.setHeader("Cache-Control", "no-cache");
    const [, appSlug, pageSlug] = page === viewer ? (VIEWER_PATH.exec(req.path) ?? []) : [];
    if (!appSlug) {
      res.sendFile(page);
      return;
    }
    const [html, extras] = await Promise.all([
      readFile(page, "utf8"),
      // Only a speed-up: without them the viewer fetches the app and then its widgets.
      extrasOf?.(appSlug, pageSlug).catch(() => undefined),
    ]);
    // Otherwise the viewer's first request is the app's JSON: hinted here, it loads while the
    // browser fetches and compiles the viewer's script instead of after it.
    if (!extras?.app)
      res.setHeader("Link", `</api/v1/viewer/apps/${appSlug}>; rel=preload; as=fetch; crossorigin`);
    res.type("html").send(extras ? withExtras(html, extras) : html);
  });
  return router;
}

/** `/app/<app-slug>[/<page-slug>]`, as the viewer reads it (parseViewerPath). */
const VIEWER_PATH = /^\/app\/([a-z0-9-]+)(?:\/([^/]+))?(?:\/|$)/;

/**
 * The viewer's HTML with the app embedded (read by the viewer's fetchViewerApp) and `<link>`s
 * to fetch the given chunks early, before `</head>`. In the JSON every `<` is escaped, so no
 * text of the app can close the script element it sits in.
 */
function withExtras(html: string, { app, modules }: ViewerHtmlExtras): string {
  const parts = modules.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`);
  if (app) {
    const json = JSON.stringify(app).replace(/</g, "\\u003c");
    parts.push(`<script type="application/json" id="${EMBEDDED_APP_ID}">${json}</script>`);
  }
  // A function, so `$&` and the like in the app's text stay as they are.
  return parts.length === 0 ? html : html.replace("</head>", () => `${parts.join("")}</head>`);
}
