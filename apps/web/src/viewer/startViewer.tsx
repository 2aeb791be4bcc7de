import type { WorkerLike } from "@tessera/engine";
import { entryPagesOf, needsEngineOnOpen } from "@tessera/model";
import { loadWidgets, prepareWidgets } from "@tessera/widgets";
import widgetsCss from "@tessera/widgets/widgets.css?inline";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { createAppRuntime } from "../runtime/createAppRuntime";
import type { DeferredWorker } from "../runtime/deferredWorker";
import runtimeCss from "../runtime/runtime.css?inline";
import { startViewerEngineWorker } from "../runtime/startViewerEngineWorker";
import { ErrorPage } from "./ErrorPage";
import type { ViewerAppResult } from "./fetchViewerApp";
import { NotFoundPage } from "./NotFoundPage";
import type { ViewerRoute } from "./parseViewerPath";
import { parseViewerPath } from "./parseViewerPath";
import { ViewerLoading } from "./ViewerLoading";
import { ViewerPage } from "./ViewerPage";
import viewerCss from "./viewer.css?inline";

/**
 * How long the first paint of a page with bound widgets waits for the engine's first answer,
 * in ms: past it, the page paints without them and they follow. The worker's own start takes
 * 100-200 ms of it on a busy 2-core machine; at 120 ms the 300-widget bench page was often
 * painted twice (A/B, 11 runs: 336 ms at 120, 314 ms at 250, to interactive).
 */
const ENGINE_WAIT_MS = 250;

/** Runs `task` when this thread is idle (in the next task where idle callbacks are missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task);
  else setTimeout(task, 0);
}

/**
 * Turns the app request into what the visitor sees: the app, a 404, the platform sign-in (for a
 * private app) or an error. Runs outside React so the runtime is made exactly once.
 */
export async function startViewer(
  container: HTMLElement,
  route: ViewerRoute | null,
  appRequest: Promise<ViewerAppResult> | null,
  worker: DeferredWorker | null,
): Promise<void> {
  // The few styles ride inside the script: a stylesheet request of its own would hold the
  // script's execution until it arrived.
  const style = document.createElement("style");
  style.textContent = widgetsCss + runtimeCss + viewerCss;
  document.head.append(style);
  const root = createRoot(container);
  if (!route || !appRequest) {
    root.render(<NotFoundPage what="app" />);
    return;
  }
  // The JSON was hinted for preload, so it is usually here already; otherwise show progress.
  // flushSync renders now instead of on the scheduler's next turn.
  const pending = Symbol("pending");
  const early = await Promise.race([
    appRequest,
    new Promise<typeof pending>((ok) => setTimeout(ok, 20, pending)),
  ]);
  if (early === pending) flushSync(() => root.render(<ViewerLoading />));
  const result = await appRequest;
  if (result.kind === "signIn") {
    const next = `${window.location.pathname}${window.location.search}`;
    window.location.replace(`/signin?next=${encodeURIComponent(next)}`);
    return;
  }
  if (result.kind !== "app") {
    worker?.terminate();
    root.render(
      result.kind === "notFound" ? <NotFoundPage what="app" /> : <ErrorPage message={result.message} />,
    );
    return;
  }
  const { app } = result;
  const initialPage = entryPagesOf(app.pages, route.pageSlug)[0];
  if (!initialPage) {
    worker?.terminate();
    root.render(<NotFoundPage what="page" />);
    return;
  }
  let earlyWorker: WorkerLike | null = worker;
  const runtime = createAppRuntime({
    appId: app.appId,
    runScope: "deployment",
    pages: app.pages,
    packages: app.packages,
    initialPage,
    initialParams: Object.fromEntries(new URLSearchParams(window.location.search)),
    pageUrl: (page) => `/app/${app.slug}/${page.slug}`,
    // The first worker was started while the app JSON was loading; a replacement (after user
    // code got stuck) is a fresh one.
    createWorker: () => {
      const next = earlyWorker ?? startViewerEngineWorker();
      earlyWorker = null;
      return next;
    },
  });
  // The page shown first is the one entry guards lead to (the root URL's Home sends a visitor
  // without a session straight to LoginPage). Only its widget types load (definitions and renderers), before anything
  // renders, so the page shows whole; the other pages' follow after the first paint.
  const entryPage = runtime.entryPageOf(initialPage);
  await loadWidgets(entryPage.widgets.map((widget) => widget.type));

  window.addEventListener("popstate", () => {
    const current = parseViewerPath(window.location.pathname);
    const page =
      current && current.appSlug === route.appSlug ? entryPagesOf(app.pages, current.pageSlug)[0] : undefined;
    if (!page) {
      window.location.reload();
      return;
    }
    void runtime.goToPage(page, Object.fromEntries(new URLSearchParams(window.location.search)), false);
  });

  // start() sets up the page's static state synchronously, so the first render already shows
  // a page without on-load actions. A page without code gets its worker after that first paint.
  // One whose bound widgets wait for the engine paints once the engine answers, when that is
  // soon: the page shows whole, and meanwhile this thread leaves the CPU to the engine instead
  // of painting the page twice (bench bigApp: 300 widgets, the first paint of which slowed
  // the engine's evaluation and then had to be redone).
  const started = runtime.start();
  if (needsEngineOnOpen(entryPage)) {
    // The renderers' one-off work (prepareWidgets) runs while the engine evaluates the page and
    // this thread waits. Not sooner: the page reaches a new worker only after this thread has
    // handled the worker's start, and 15-35 ms of work before that held it back as long
    // (traced: bench table, the Table's first Intl.NumberFormat in an idle callback).
    const types = entryPage.widgets.map((widget) => widget.type);
    void runtime.engineEvaluating().then(() => whenIdle(() => prepareWidgets(types)));
    await Promise.race([runtime.evaluated(), new Promise((ok) => setTimeout(ok, ENGINE_WAIT_MS))]);
  }
  flushSync(() => root.render(<ViewerPage runtime={runtime} app={app} />));
  setTimeout(() => {
    worker?.start();
    // The other pages' widget types, so navigating to them waits for nothing.
    void loadWidgets(app.pages.flatMap((page) => page.widgets.map((widget) => widget.type)));
  }, 0);
  await started;
}
