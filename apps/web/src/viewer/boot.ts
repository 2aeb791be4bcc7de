import { entryPageFor, entryPagesOf, needsEngineOnOpen } from "@tessera/model";
import { browserStorage, createAppStore } from "../runtime/appStore";
import { type DeferredWorker, deferredWorker } from "../runtime/deferredWorker";
import { startViewerEngineWorker } from "../runtime/startViewerEngineWorker";
import { embeddedViewerApp, fetchViewerApp, type ViewerAppResult } from "./fetchViewerApp";
import { parseViewerPath, type ViewerRoute } from "./parseViewerPath";

/**
 * What the viewer starts from: the route, the app (embedded in the page or already on its
 * way) and the engine's worker, started at once when the page the visitor lands on (entry
 * guards followed as the runtime will) has bound widgets or on-load actions. The viewer's
 * entry imports this first, so it runs before the rest of the viewer's script is evaluated:
 * Chromium starts a worker only once this thread has a free moment after the worker's script
 * is fetched, and started later the first render of a big page held it back by a few hundred
 * ms (bench bigApp).
 */
export interface ViewerBoot {
  route: ViewerRoute | null;
  appRequest: Promise<ViewerAppResult> | null;
  worker: DeferredWorker | null;
}

const route = parseViewerPath(window.location.pathname);
const worker = route ? deferredWorker(startViewerEngineWorker) : null;
const embedded = route ? embeddedViewerApp(route.appSlug) : undefined;
/** Starts the worker when the page this visitor lands on (after entry guards) needs it. */
const startFor = (result: ViewerAppResult) => {
  if (result.kind !== "app") return;
  const { pages, appId } = result.app;
  const requested = entryPagesOf(pages, route?.pageSlug)[0];
  if (!requested) return;
  const store = createAppStore(appId, browserStorage()).snapshot();
  if (needsEngineOnOpen(entryPageFor(pages, requested, (key) => Boolean(store[key])))) worker?.start();
};
let appRequest: Promise<ViewerAppResult> | null = null;
if (embedded) {
  startFor({ kind: "app", app: embedded });
  appRequest = Promise.resolve({ kind: "app", app: embedded });
} else if (route) {
  appRequest = fetchViewerApp(route.appSlug);
  void appRequest.then(startFor);
}

export const boot: ViewerBoot = { route, appRequest, worker };
