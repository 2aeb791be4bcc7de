import {
  type AlertType,
  createEngineClient,
  type EngineClient,
  type EngineHost,
  type EngineLimits,
  type EvaluationResult,
  mayReadVault,
  type NavigationTarget,
  type WorkerLike,
} from "@tessera/engine";
import { entryPageFor, hasPageLoadActions, type ViewerPackage, type ViewerPage } from "@tessera/model";
import { getWidgetDefinition, loadWidgets, migrateWidgets } from "@tessera/widgets";
import { type RuntimeAlert, showAlertIn } from "./alertList";
import { type AppStore, browserStorage, createAppStore, type KeyValueStorage } from "./appStore";
import { appsmithUrlOf } from "./appsmithUrlOf";
import { buildRuntimePage } from "./buildRuntimePage";
import { derivedMetaChanges } from "./derivedMetaChanges";
import { postRun, RunRefused } from "./postRun";
import { navigationSearch, resolveNavigation } from "./resolveNavigation";
import { staticPageState } from "./staticPageState";
import { createVaultAccess, type VaultAccess } from "./vaultAccess";

export type { RuntimeAlert } from "./alertList";

/** What the page shows; a new object after every change (fit for useSyncExternalStore). */
export interface AppRuntimeSnapshot {
  page: ViewerPage;
  /**
   * "loading" while a page with on-load actions (a guard, a query) runs them: its widgets stay
   * hidden so protected content never flashes. A page without any is "ready" at once.
   */
  status: "loading" | "ready";
  state: EvaluationResult;
  /**
   * Widgets still waiting for the engine's first evaluation of the page (they have bindings);
   * the others show their static props right away.
   */
  pending: ReadonlySet<string>;
  /**
   * Meta values set on this thread (keystrokes), ahead of the worker's answer: a controlled
   * input must show its text at once, not one worker round trip later.
   */
  meta: Record<string, Record<string, unknown>>;
  alerts: RuntimeAlert[];
}

export interface AppRuntimeOptions {
  appId: string;
  /** "deployment" for viewers; "draft" for the editor's Preview. */
  runScope: "deployment" | "draft";
  pages: ViewerPage[];
  packages: ViewerPackage[];
  /** The page shown first, with the query params it was opened with. */
  initialPage: ViewerPage;
  initialParams?: Record<string, string>;
  /**
   * The browser URL of a page. Given, page changes push history entries (the viewer);
   * omitted, navigation stays inside the runtime (the editor's Preview).
   */
  pageUrl?: (page: ViewerPage) => string;
  /** Makes the engine's worker; the first call may hand back one started early. */
  createWorker: () => WorkerLike;
  /** The visitor's vault (key names, clearing); defaults to the API's, for this app and run scope. */
  vault?: VaultAccess;
  /** Where `storeValue` persists; defaults to localStorage. */
  storage?: KeyValueStorage | null;
  user?: Record<string, unknown> | null;
  mode?: "VIEW" | "EDIT";
  limits?: Partial<EngineLimits>;
  /** How long a toast stays, in ms (default 5000). */
  alertMs?: number;
}

/** The main-thread side of a running app: the engine host, the store and navigation. */
export interface AppRuntime {
  getSnapshot(): AppRuntimeSnapshot;
  /** Hears of every change (what the page as a whole shows: its widgets, status, alerts). */
  subscribe(listener: () => void): () => void;
  /**
   * Hears of the changes that may touch one widget's part of the snapshot (its values,
   * errors, meta, pending): a keystroke in one Input of hundreds wakes that Input, not all.
   */
  subscribeWidget(widget: string, listener: () => void): () => void;
  /** Shows the first page and runs its on-load actions. */
  start(): Promise<void>;
  /** Settles once the shown page's first evaluation has arrived (or the engine gave up on it). */
  evaluated(): Promise<void>;
  /** Settles once the engine's worker evaluates a page (see EngineClient.whenEvaluating). */
  engineEvaluating(): Promise<void>;
  /**
   * The page opening `page` shows now: where its entry guards send a visitor whose store
   * lacks their key (Home's sends one without a session to LoginPage), else `page` itself.
   */
  entryPageOf(page: ViewerPage): ViewerPage;
  /** A widget changed its own state (keystroke, tick, choice). */
  setMeta(widget: string, values: Record<string, unknown>): void;
  /**
   * Runs a widget's event handler; resolves when it settled. Failures become alerts. `locals`
   * are names the handler sees besides the page's (a List item's `currentItem`, a Table's
   * `currentRow`).
   */
  runEvent(widget: string, event: string, locals?: Record<string, unknown>): Promise<void>;
  /** Shows a page: `push` adds a history entry (false when answering the back button). */
  goToPage(page: ViewerPage, params: Record<string, string>, push: boolean): Promise<void>;
  showAlert(message: string, type: AlertType): void;
  dismissAlert(id: number): void;
  dispose(): void;
}

/**
 * Starts an app in the browser: the engine in a worker, `appsmith.store` in localStorage
 * (`tessera:store:<appId>`), `navigateTo` through history, `showAlert` as toasts, query runs
 * through POST /api/v1/run.
 *
 * @example
 * const runtime = createAppRuntime({ appId, runScope: "deployment", pages, packages,
 *   initialPage, createWorker, pageUrl: (page) => `/app/${slug}/${page.slug}` });
 * void runtime.start();
 */
export function createAppRuntime(options: AppRuntimeOptions): AppRuntime {
  const alertMs = options.alertMs ?? 5000;
  const storage = options.storage !== undefined ? options.storage : browserStorage();
  const store: AppStore = createAppStore(options.appId, storage);
  const vault = options.vault ?? createVaultAccess({ scope: options.runScope, appId: options.appId });
  // Key names only, from the server's answers. Asked for once, by the first page whose code
  // may read them (mayReadVault): most apps never do, and their pages then cost no request.
  let vaultKeys: string[] = [];
  let vaultKnown = false;
  let vaultAsked: Promise<void> | undefined;
  const vaultLoaded = () =>
    (vaultAsked ??= vault.keys().then(
      (keys) => {
        vaultKnown = true;
        noteVaultKeys(keys);
      },
      () => {
        // Unreadable (offline): the page starts as if the vault were empty; runs still use it.
        vaultKnown = true;
      },
    ));
  const listeners = new Set<() => void>();
  const widgetListeners = new Map<string, Set<() => void>>();
  const alertTimers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextAlertId = 1;
  // Each page change takes a number; work for an older one stops when it sees a newer one.
  let navigation = 0;
  let disposed = false;

  let snapshot: AppRuntimeSnapshot = {
    page: options.initialPage,
    status: "loading",
    state: { values: {}, errors: {} },
    pending: new Set(),
    meta: {},
    alerts: [],
  };

  /**
   * Takes a change into the snapshot and tells who may care: of the widgets, those listed in
   * `widgets` (a change to their meta only; none for alerts), else every one.
   */
  const update = (patch: Partial<AppRuntimeSnapshot>, widgets?: Iterable<string>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
    if (widgets) {
      for (const widget of widgets) for (const listener of widgetListeners.get(widget) ?? []) listener();
    } else {
      for (const set of widgetListeners.values()) for (const listener of set) listener();
    }
  };

  const showAlert = (message: string, type: AlertType) => {
    if (disposed) return;
    // A repeat while the toast is up counts on it and keeps it up for another alertMs.
    const shown = showAlertIn(snapshot.alerts, { message, type, now: Date.now(), nextId: nextAlertId });
    if (shown.alert.id === nextAlertId) nextAlertId++;
    clearTimeout(alertTimers.get(shown.alert.id));
    alertTimers.set(
      shown.alert.id,
      setTimeout(() => dismissAlert(shown.alert.id), alertMs),
    );
    update({ alerts: shown.alerts }, []);
  };

  const dismissAlert = (id: number) => {
    clearTimeout(alertTimers.get(id));
    alertTimers.delete(id);
    if (snapshot.alerts.some((alert) => alert.id === id)) {
      update({ alerts: snapshot.alerts.filter((alert) => alert.id !== id) }, []);
    }
  };

  const hrefOf = (page: ViewerPage, params: Record<string, unknown>) => {
    const path = options.pageUrl ? options.pageUrl(page) : window.location.pathname;
    return new URL(`${path}${navigationSearch(params)}`, window.location.href).href;
  };

  /** The engine hears of new key names before the run that changed them settles. */
  const noteVaultKeys = (keys: string[]) => {
    if (keys.length === vaultKeys.length && keys.every((key, i) => key === vaultKeys[i])) return;
    vaultKeys = keys;
    client.setAppsmith({ vault: keys });
  };

  const host: EngineHost = {
    runQuery: async ({ instance, query, values, inputs }) => {
      try {
        const result = await postRun({
          scope: options.runScope,
          appId: options.appId,
          pageId: snapshot.page.id,
          instance,
          query,
          values,
          inputs,
        });
        if (result.vault) noteVaultKeys(result.vault.keys);
        return result;
      } catch (error) {
        if (error instanceof RunRefused && error.code === "session_expired") noteVaultKeys([]);
        throw error;
      }
    },
    // "Confirm before running": the browser's own dialog, modal and keyboard-ready.
    confirmRun: async (query) =>
      typeof globalThis.confirm === "function" ? globalThis.confirm(`Run ${query}?`) : true,
    storeValue: async (key, value, persist) => store.set(key, value, persist),
    removeValue: async (key) => store.remove(key),
    clearStore: async () => {
      store.clear();
      // A visitor may be back with a session of an earlier visit on a page that never asked
      // for the names: they are asked for now. Only a vault that holds keys costs a clear.
      if (!vaultKnown) await vaultLoaded();
      if (vaultKeys.length > 0) await host.clearVault();
    },
    clearVault: async () => {
      await vault.clear();
      vaultKnown = true;
      noteVaultKeys([]);
    },
    navigateTo: async (target, params, how) => navigate(target, params, how),
    showAlert: async (message, type) => showAlert(message, type),
    resetWidget: async (name) => {
      const { [name]: _reset, ...rest } = snapshot.meta;
      update({ meta: rest }, [name]);
    },
    copyToClipboard: (text) => navigator.clipboard.writeText(text),
    download: async (content, fileName, fileType) => {
      const url = URL.createObjectURL(new Blob([content], { type: fileType }));
      const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
      link.click();
      // The click has started the download; the URL can go once the event loop has moved on.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
    // The engine has set isOpen already; this thread's meta must agree, as it masks the engine's.
    showModal: async (name) => setLocalMeta(name, { isOpen: true }),
    closeModal: async (name) => setLocalMeta(name, { isOpen: false }),
  };

  /** What syncDerivedMeta last derived from, per widget of the page it was for. */
  let derivedFor: { page: ViewerPage | null; seen: Map<string, { values: unknown; meta: unknown }> } = {
    page: null,
    seen: new Map(),
  };

  function setLocalMeta(widget: string, values: Record<string, unknown>): void {
    update({ meta: { ...snapshot.meta, [widget]: { ...snapshot.meta[widget], ...values } } }, [widget]);
  }

  const client: EngineClient = createEngineClient(options.createWorker, host, {
    limits: options.limits,
    onError: (message) => showAlert(message, "error"),
  });

  client.subscribe((state) => {
    if (disposed) return;
    update({ state });
    syncDerivedMeta();
  });

  function navigate(target: string, params: Record<string, unknown>, how: NavigationTarget): void {
    const resolution = resolveNavigation(options.pages, target, window.location.href);
    if (resolution.kind === "unknown") throw new Error(resolution.message);
    if (resolution.kind === "url") {
      // Another site opens in a tab of its own: the app (or the editor around a Preview) stays.
      window.open(resolution.url, "_blank", "noopener,noreferrer");
      return;
    }
    if (how === "NEW_WINDOW" && options.pageUrl) {
      window.open(hrefOf(resolution.page, params), "_blank", "noopener,noreferrer");
      return;
    }
    const stringParams = Object.fromEntries(new URLSearchParams(navigationSearch(params).slice(1)).entries());
    // Taken now so the page that called navigateTo stops its own work; the new page loads
    // after the calling code's synchronous part, as in Appsmith.
    const ticket = ++navigation;
    setTimeout(() => {
      if (ticket === navigation) void showPage(resolution.page, stringParams, true, ticket);
    }, 0);
  }

  /**
   * Where a page's entry guard (compiled at deploy: its only on-load action opens with
   * `if (!appsmith.store.key) navigateTo("Page")`) sends a visitor whose store lacks the key,
   * decided here without starting the page's code; the page itself otherwise.
   */
  function afterEntryGuards(page: ViewerPage): ViewerPage {
    return entryPageFor(options.pages, page, (key) => Boolean(store.snapshot()[key]));
  }

  /**
   * Settles once the shown page has been sent to the engine (or given up): its widgets can be
   * clicked as soon as they paint, and a handler run before then would reach an engine without
   * the page. Messages reach the worker in order, so a trigger sent after the page runs on it.
   */
  let pageSent: Promise<void> = Promise.resolve();
  /** Settles once the shown page's first evaluation is in the snapshot (or given up). */
  let pageEvaluated: Promise<void> = Promise.resolve();

  function showPage(
    requested: ViewerPage,
    requestedParams: Record<string, string>,
    requestedPush: boolean,
    ticket: number,
  ): Promise<void> {
    const sent = settleable();
    const evaluated = settleable();
    pageSent = sent.promise;
    pageEvaluated = evaluated.promise;
    return loadPage(requested, requestedParams, requestedPush, ticket, sent.settle, evaluated.settle).finally(
      () => {
        sent.settle();
        evaluated.settle();
      },
    );
  }

  async function loadPage(
    requested: ViewerPage,
    requestedParams: Record<string, string>,
    requestedPush: boolean,
    ticket: number,
    sent: () => void,
    settled: () => void,
  ): Promise<void> {
    const guarded = afterEntryGuards(requested);
    // As the guard's navigateTo would: a new history entry, no parameters.
    const [params, push] = guarded === requested ? [requestedParams, requestedPush] : [{}, true];
    // The page's widget types load first (the viewer has the first page's loaded already, so
    // start() stays synchronous up to its first paint).
    const loading = loadWidgets(guarded.widgets.map((widget) => widget.type));
    if (loading) {
      await loading;
      if (ticket !== navigation) return;
    }
    // A page deployed with widgets of an older props shape: their definitions bring them up to date.
    const widgets = migrateWidgets(guarded.widgets, getWidgetDefinition);
    const page = widgets === guarded.widgets ? guarded : { ...guarded, widgets };
    const href = hrefOf(page, params);
    if (push && options.pageUrl && href !== window.location.href) window.history.pushState(null, "", href);
    const initial = staticPageState(page);
    update({
      page,
      status: hasPageLoadActions(page) ? "loading" : "ready",
      state: { values: initial.values, errors: {} },
      pending: initial.pending,
      meta: {},
    });
    syncDerivedMeta();
    const build = () =>
      buildRuntimePage(page, options.packages, {
        store: store.snapshot(),
        URL: appsmithUrlOf(href),
        user: options.user ?? null,
        mode: options.mode ?? "VIEW",
        vault: vaultKeys,
      });
    let built = build();
    // Code that may read the vault's key names waits for them, so it never shows a signed-in
    // visitor as signed out for a moment. Other pages go to the engine at once: the answer
    // arrives while the page renders, not after (bench bigApp: the request waited on the first
    // render of 300 widgets, and the engine on it).
    if (!vaultKnown && mayReadVault(built.page)) {
      await vaultLoaded();
      if (ticket !== navigation || disposed) return;
      built = build();
    }
    const { page: runtimePage, problems } = built;
    for (const problem of problems) showAlert(problem, "error");
    let evaluated = false;
    try {
      const loaded = client.load(runtimePage);
      // What the visitor typed since the page painted reaches the engine after the page.
      for (const [widget, values] of Object.entries(snapshot.meta))
        for (const [key, value] of Object.entries(values)) client.setMeta(widget, key, value);
      sent();
      const state = await loaded;
      evaluated = true;
      if (ticket !== navigation || disposed) return;
      update({ state, pending: new Set() });
      syncDerivedMeta();
      settled();
      await client.runPageLoad();
    } catch (error) {
      if (ticket === navigation && !disposed) {
        showAlert(messageOf(error, `${page.name} could not load`), "error");
        // The engine gave up on this page (its code hung and was stopped): the static props
        // stay, and the bound ones show as not evaluated rather than as their defaults.
        if (!evaluated) update({ state: notEvaluatedState(initial) });
      }
    }
    if (ticket !== navigation || disposed) return;
    // Also after a failure: the page shows what it can rather than stay blank.
    update({ status: "ready", pending: new Set() });
    // After a failure its alert is the one: the props it left unevaluated need none of theirs.
    if (evaluated) reportBindingErrors();
  }

  /** One alert naming the properties that failed to evaluate; the widgets show which. */
  function reportBindingErrors(): void {
    const names = new Set(snapshot.page.widgets.map((widget) => widget.name));
    const failed = Object.entries(snapshot.state.errors).filter(([path]) => names.has(path.split(".")[0]));
    if (failed.length === 0) return;
    const [path, message] = failed[0];
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more)` : "";
    showAlert(`${path}: ${message}${more}`, "error");
  }

  /**
   * Meta values that follow from others (an Input's `isValid`) are computed here, where the
   * widget definitions live, and sent to the engine so bindings can read them.
   */
  function syncDerivedMeta(): void {
    let meta = snapshot.meta;
    // Only widgets whose values or meta changed since the last look can derive anything new:
    // a keystroke in one Input of hundreds re-derives that one.
    if (derivedFor.page !== snapshot.page) derivedFor = { page: snapshot.page, seen: new Map() };
    const seen = derivedFor.seen;
    const changed = snapshot.page.widgets.filter((widget) => {
      const values = snapshot.state.values[widget.name];
      const own = snapshot.meta[widget.name];
      const last = seen.get(widget.name);
      if (last && last.values === values && last.meta === own) return false;
      seen.set(widget.name, { values, meta: own });
      return true;
    });
    const changes = derivedMetaChanges(changed, (name) => ({
      ...snapshot.state.values[name],
      ...snapshot.meta[name],
    }));
    for (const [widget, key, value] of changes) {
      meta = { ...meta, [widget]: { ...meta[widget], [key]: value } };
      client.setMeta(widget, key, value);
    }
    if (meta !== snapshot.meta) update({ meta }, new Set(changes.map(([widget]) => widget)));
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeWidget(widget, listener) {
      const set = widgetListeners.get(widget) ?? new Set();
      widgetListeners.set(widget, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) widgetListeners.delete(widget);
      };
    },
    start: () => showPage(options.initialPage, options.initialParams ?? {}, false, ++navigation),
    evaluated: () => pageEvaluated,
    engineEvaluating: () => client.whenEvaluating(),
    entryPageOf: afterEntryGuards,
    setMeta(widget, values) {
      setLocalMeta(widget, values);
      for (const [key, value] of Object.entries(values)) client.setMeta(widget, key, value);
      syncDerivedMeta();
    },
    async runEvent(widget, event, locals) {
      const handler = snapshot.page.widgets.find((candidate) => candidate.name === widget)?.props[event];
      if (typeof handler !== "string" || handler.trim() === "") return;
      try {
        await pageSent;
        await client.runTrigger(widget, event, locals);
      } catch (error) {
        showAlert(messageOf(error, `${widget}.${event} failed`), "error");
      }
    },
    goToPage: (page, params, push) => showPage(page, params, push, ++navigation),
    showAlert,
    dismissAlert,
    dispose() {
      disposed = true;
      navigation++;
      for (const timer of alertTimers.values()) clearTimeout(timer);
      client.dispose();
      listeners.clear();
      widgetListeners.clear();
    },
  };
}

/** The page's static state with every bound prop marked as never evaluated. */
function notEvaluatedState(initial: ReturnType<typeof staticPageState>): EvaluationResult {
  const errors: Record<string, string> = {};
  for (const path of initial.bound) errors[path] = "Not evaluated: the page's code was stopped";
  return { values: initial.values, errors };
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

/** A promise and the function that settles it. */
function settleable(): { promise: Promise<void>; settle: () => void } {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}
