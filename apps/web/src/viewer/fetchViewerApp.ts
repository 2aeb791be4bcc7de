import { EMBEDDED_APP_ID, type ViewerApp } from "@tessera/model";

/** What opening an app can lead to. */
export type ViewerAppResult =
  | { kind: "app"; app: ViewerApp }
  | { kind: "notFound" }
  | { kind: "signIn" }
  | { kind: "error"; message: string };

/**
 * Loads the latest deployment of an app: embedded in the page when the platform put it there
 * (a public app, `#tessera-viewer-app`), else from the API. Either is trusted as the server's
 * own answer: the viewer bundle leaves zod out to stay small, and the server built it from a
 * parsed snapshot.
 */
export async function fetchViewerApp(appSlug: string): Promise<ViewerAppResult> {
  const embedded = embeddedViewerApp(appSlug);
  if (embedded) return { kind: "app", app: embedded };
  let response: Response;
  try {
    response = await fetch(`/api/v1/viewer/apps/${encodeURIComponent(appSlug)}`, {
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
  } catch {
    return { kind: "error", message: "The server could not be reached. Check your connection and reload." };
  }
  if (response.status === 404) return { kind: "notFound" };
  if (response.status === 401) return { kind: "signIn" };
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return {
      kind: "error",
      message: body?.error?.message ?? `The app could not be loaded (HTTP ${response.status}).`,
    };
  }
  return { kind: "app", app: (await response.json()) as ViewerApp };
}

/** The app embedded in the page for `appSlug`, if the platform put it there. */
export function embeddedViewerApp(appSlug: string): ViewerApp | undefined {
  const embedded = document.getElementById(EMBEDDED_APP_ID)?.textContent;
  if (!embedded) return undefined;
  const app = JSON.parse(embedded) as ViewerApp;
  return app.slug === appSlug ? app : undefined;
}
