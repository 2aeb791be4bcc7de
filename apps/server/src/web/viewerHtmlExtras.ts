import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { entryPagesOf, type ViewerApp } from "@tessera/model";
import { loadViewerApp } from "../routes/viewer/loadViewerApp";
import type { Store } from "../store/Store";

/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`), as far as read here. */
interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** What the viewer's HTML for one URL carries besides the build's own page. */
export interface ViewerHtmlExtras {
  /** The app as `GET /api/v1/viewer/apps/:slug` answers it, for a public app. */
  app?: ViewerApp;
  /**
   * The module scripts to fetch early, as `/assets/...` paths. Widget chunks hold their own
   * styles (WidgetModule.styles), so there are no stylesheets to hint.
   */
  modules: string[];
}

/** The extras for a viewer URL: the app by slug, the page by slug (its home page when absent). */
export type ViewerHtmlExtrasOf = (appSlug: string, pageSlug: string | undefined) => Promise<ViewerHtmlExtras>;

const NONE: ViewerHtmlExtras = { modules: [] };

/**
 * What lets a public app's page show without waiting for more round trips: the app itself,
 * so the viewer needs no request of its own for it (and the platform does that work once,
 * not for the HTML and again for the JSON), and the widget chunks the page uses, so they load
 * beside the viewer's script instead of after the app (bench viewer: see the commits of
 * apps/server/src/web). The page counts with those its entry guard can send a visitor to:
 * opening the root URL without a session shows LoginPage, not Home.
 *
 * Public apps only: this answers before any sign-in check. A private app's page fetches the
 * app from the API, which checks the session. Without a build manifest there are no hints.
 */
export function createViewerHtmlExtras(store: Store, webDist: string): ViewerHtmlExtrasOf {
  const manifestPath = join(webDist, ".vite", "manifest.json");
  let cached: { mtimeMs: number; manifest: Record<string, ManifestChunk> } | undefined;
  const manifest = (): Record<string, ManifestChunk> => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(manifestPath).mtimeMs;
    } catch {
      return {};
    }
    // Read again after a rebuild: the chunk names change with it.
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, manifest: JSON.parse(readFileSync(manifestPath, "utf8")) };
    }
    return cached.manifest;
  };

  return async (appSlug, pageSlug) => {
    const found = await loadViewerApp(store, appSlug);
    if (!found?.app.isPublic) return NONE;
    const types = new Set(
      entryPagesOf(found.viewerApp.pages, pageSlug).flatMap((page) =>
        page.widgets.map((widget) => widget.type),
      ),
    );
    return { app: found.viewerApp, modules: widgetChunks(manifest(), types) };
  };
}

/**
 * The files of the given widget types' chunks and of what they import, leaving out what the
 * viewer's entry loads anyway. A widget type's chunk is its folder's index in the widgets
 * package, the folder named as the type with a lower-case first letter (widgetModules.ts).
 */
export function widgetChunks(chunks: Record<string, ManifestChunk>, types: Iterable<string>): string[] {
  const viewer = chunks["viewer.html"];
  const loaded = new Set(
    viewer ? [viewer.file, ...(viewer.imports ?? []).map((key) => chunks[key]?.file)] : [],
  );
  const modules = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || loaded.has(chunk.file) || modules.has(`/${chunk.file}`)) return;
    modules.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const byFolder = new Map(
    Object.keys(chunks).flatMap((key) => {
      const folder = /(?:^|\/)packages\/widgets\/src\/([\w-]+)\/index\.tsx?$/.exec(key)?.[1];
      return folder ? [[folder, key] as const] : [];
    }),
  );
  for (const type of types) {
    const key = byFolder.get(type.charAt(0).toLowerCase() + type.slice(1));
    if (key) visit(key);
  }
  return [...modules];
}
