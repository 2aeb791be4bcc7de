import { useMemo, useSyncExternalStore } from "react";

/**
 * A tiny history-API router for the editor entry. The editor has a handful of flat routes, so a
 * pure `parseRoute` plus one `useSyncExternalStore` hook beats a router library here.
 */
export type Route =
  | { name: "home" }
  | { name: "signin"; next: string | null }
  | { name: "signup"; next: string | null }
  | { name: "datasource"; datasourceId: string }
  | { name: "newDatasource"; workspaceId: string }
  | { name: "package"; packageId: string; moduleId?: string }
  | { name: "app"; appId: string; pageId?: string }
  | { name: "members"; workspaceId: string }
  | { name: "invite"; token: string }
  | { name: "notFound"; path: string };

const patterns: Array<[RegExp, (m: string[], search: URLSearchParams) => Route]> = [
  [/^\/?$/, () => ({ name: "home" })],
  [/^\/signin\/?$/, (_m, s) => ({ name: "signin", next: safeNext(s.get("next")) })],
  [/^\/signup\/?$/, (_m, s) => ({ name: "signup", next: safeNext(s.get("next")) })],
  [/^\/datasources\/([^/]+)\/?$/, (m) => ({ name: "datasource", datasourceId: m[1] })],
  [/^\/packages\/([^/]+)\/?$/, (m) => ({ name: "package", packageId: m[1] })],
  [
    /^\/packages\/([^/]+)\/modules\/([^/]+)\/?$/,
    (m) => ({ name: "package", packageId: m[1], moduleId: m[2] }),
  ],
  [/^\/apps\/([^/]+)\/?$/, (m) => ({ name: "app", appId: m[1] })],
  [/^\/apps\/([^/]+)\/pages\/([^/]+)\/?$/, (m) => ({ name: "app", appId: m[1], pageId: m[2] })],
  [/^\/workspaces\/([^/]+)\/datasources\/new\/?$/, (m) => ({ name: "newDatasource", workspaceId: m[1] })],
  [/^\/workspaces\/([^/]+)\/members\/?$/, (m) => ({ name: "members", workspaceId: m[1] })],
  [/^\/invite\/([^/]+)\/?$/, (m) => ({ name: "invite", token: m[1] })],
];

/** Maps a pathname and query string to the editor route it names. */
export function parseRoute(pathname: string, search = ""): Route {
  const params = new URLSearchParams(search);
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(pathname);
    if (match)
      return build(
        match.map((part) => decodeURIComponent(part ?? "")),
        params,
      );
  }
  return { name: "notFound", path: pathname };
}

/**
 * Keeps `?next=` to same-origin paths only, so a crafted sign-in link cannot send the user to
 * another site after sign-in (open redirect).
 */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  return next;
}

/** The sign-in path that returns to `next` afterwards. */
export function signInPath(next?: string | null): string {
  return returningTo("/signin", next);
}

/** The sign-up path that returns to `next` afterwards. */
export function signUpPath(next?: string | null): string {
  return returningTo("/signup", next);
}

function returningTo(path: string, next: string | null | undefined): string {
  return next && next !== "/" ? `${path}?next=${encodeURIComponent(next)}` : path;
}

const listeners = new Set<() => void>();
let blocker: ((to: string) => string | null) | null = null;

function notify() {
  for (const listener of listeners) listener();
}

if (typeof window !== "undefined") window.addEventListener("popstate", notify);

/**
 * Registers a check run before in-app navigation to `to`: it returns a warning to confirm, or
 * null to let the navigation through. Returns the function that removes it.
 */
export function setNavigationBlocker(check: (to: string) => string | null): () => void {
  blocker = check;
  return () => {
    if (blocker === check) blocker = null;
  };
}

/**
 * Asks the registered blocker whether the user may go to `to`, confirming its warning with the
 * user when it has one. For actions that leave in other ways than {@link navigate} (sign-out).
 */
export function canLeave(to: string): boolean {
  const warning = blocker?.(to);
  return !warning || window.confirm(warning);
}

/**
 * Goes to an editor path without reloading. Paths outside the editor (the viewer's `/app/...`)
 * load as a document, since they are another entry. Returns false when the user stayed;
 * `force` skips the unsaved-work check (the caller asked already).
 */
export function navigate(path: string, options: { replace?: boolean; force?: boolean } = {}): boolean {
  if (!options.force && !canLeave(path)) return false;
  if (path.startsWith("/app/")) {
    window.location.assign(path);
    return true;
  }
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  notify();
  return true;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function currentLocation() {
  return window.location.pathname + window.location.search;
}

/** The current path with its query string (`/signin?next=%2F`), re-rendering on navigation. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, currentLocation, () => "/");
}

/** The current editor route, re-rendering on navigation. */
export function useRoute(): Route {
  const path = useLocationPath();
  return useMemo(() => {
    const q = path.indexOf("?");
    return q < 0 ? parseRoute(path) : parseRoute(path.slice(0, q), path.slice(q));
  }, [path]);
}
