import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import express, { type Router } from "express";
import { assetFiles } from "./assetFiles";
import type { ViewerPreloads, ViewerPreloadsOf } from "./viewerPreloads";

/**
 * Serves the built web app: hashed `/assets` cached for a year, `/app/*` -> viewer.html,
 * every other non-API GET -> index.html (the editor). Without a build, a short hint page.
 * `preloadsOf` names the chunks a viewer page should fetch beside the viewer's own scripts.
 */
export function staticWeb(webDist: string, preloadsOf?: ViewerPreloadsOf): Router {
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
    // The viewer's first request is the app's JSON: hinted here, it loads while the browser
    // fetches and compiles the viewer's script instead of after it.
    res.setHeader("Link", `</api/v1/viewer/apps/${appSlug}>; rel=preload; as=fetch; crossorigin`);
    const [html, preloads] = await Promise.all([
      readFile(page, "utf8"),
      // Only a speed-up: a page that cannot be looked up loads its widgets after the JSON.
      preloadsOf?.(appSlug, pageSlug).catch(() => undefined),
    ]);
    res.type("html").send(preloads ? withPreloads(html, preloads) : html);
  });
  return router;
}

/** `/app/<app-slug>[/<page-slug>]`, as the viewer reads it (parseViewerPath). */
const VIEWER_PATH = /^\/app\/([a-z0-9-]+)(?:\/([^/]+))?(?:\/|$)/;

/** The viewer's HTML with `<link>`s to fetch the given chunks early, before `</head>`. */
function withPreloads(html: string, { modules, styles }: ViewerPreloads): string {
  const links = [
    ...modules.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
    ...styles.map((href) => `<link rel="preload" as="style" crossorigin href="${href}">`),
  ];
  return links.length === 0 ? html : html.replace("</head>", `${links.join("")}</head>`);
}
