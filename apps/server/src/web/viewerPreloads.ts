import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { currentCompiledCode } from "../presenters/presentViewerApp";
import type { Store } from "../store/Store";

/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`), as far as read here. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** What a viewer page should fetch early: module scripts and stylesheets, as `/assets/...` paths. */
export interface ViewerPreloads {
  modules: string[];
  styles: string[];
}

/** The hints for a viewer URL: the app by slug, the page by slug (its home page when absent). */
export type ViewerPreloadsOf = (appSlug: string, pageSlug: string | undefined) => Promise<ViewerPreloads>;

const NONE: ViewerPreloads = { modules: [], styles: [] };

/**
 * The widget chunks a deployed page uses, so the viewer's HTML can hint them and they load
 * beside the viewer's own scripts instead of after the app's JSON (bench viewer: about 40 ms
 * less to an interactive LoginPage). The page counts with those its entry guard can send a
 * visitor to: opening the root URL without a session shows LoginPage, not Home.
 *
 * Public apps only: this answers before any sign-in check, and a private app's widget types
 * are nobody else's business. Without a build manifest there are no hints.
 */
export function createViewerPreloads(store: Store, webDist: string): ViewerPreloadsOf {
  const manifestPath = join(webDist, ".vite", "manifest.json");
  let cached: { mtimeMs: number; manifest: Record<string, ManifestChunk> } | undefined;
  const manifest = (): Record<string, ManifestChunk> | undefined => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(manifestPath).mtimeMs;
    } catch {
      return undefined;
    }
    // Read again after a rebuild: the chunk names change with it.
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, manifest: JSON.parse(readFileSync(manifestPath, "utf8")) };
    }
    return cached.manifest;
  };

  return async (appSlug, pageSlug) => {
    const chunks = manifest();
    if (!chunks) return NONE;
    const deployment = await store.deployments.findLatest({ slug: appSlug });
    if (!deployment?.app.isPublic) return NONE;
    const { pages } = deployment.snapshot;
    // As the viewer picks the page it opens (startViewer's pageOf).
    const first =
      pageSlug === undefined
        ? (pages.find((page) => page.isHome) ?? pages[0])
        : pages.find((page) => page.slug === pageSlug.toLowerCase());
    const compiled = currentCompiledCode(deployment.snapshot);
    const shown = new Set<(typeof pages)[number]>();
    for (let page = first; page && !shown.has(page); ) {
      shown.add(page);
      const guard = compiled?.pages[page.id]?.entryGuard;
      page = guard && pages.find((candidate) => candidate.name === guard.navigateTo);
    }
    const types = new Set([...shown].flatMap((page) => page.widgets.map((widget) => widget.type)));
    return widgetChunks(chunks, types);
  };
}

/**
 * The files of the given widget types' chunks and of what they import, leaving out what the
 * viewer's entry loads anyway. A widget type's chunk is its folder's index in the widgets
 * package, the folder named as the type with a lower-case first letter (widgetModules.ts).
 */
export function widgetChunks(chunks: Record<string, ManifestChunk>, types: Iterable<string>): ViewerPreloads {
  const viewer = chunks["viewer.html"];
  const loaded = new Set(
    viewer ? [viewer.file, ...(viewer.imports ?? []).map((key) => chunks[key]?.file)] : [],
  );
  const modules = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || loaded.has(chunk.file) || modules.has(`/${chunk.file}`)) return;
    modules.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) styles.add(`/${css}`);
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
  return { modules: [...modules], styles: [...styles] };
}
