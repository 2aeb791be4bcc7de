import { COMPILED_CODE_VERSION, slugSchema, type ViewerApp } from "@tessera/model";
import { currentCompiledCode, presentViewerApp } from "../../presenters/presentViewerApp";
import type { AppRecord } from "../../store/repositories/apps";
import type { Store } from "../../store/Store";

/**
 * The latest deployment of an app by slug, as viewers receive it, with the app it belongs to
 * (who may see it is the caller's to check). Undefined for an unknown or undeployed app.
 */
export async function loadViewerApp(
  store: Store,
  appSlug: string,
): Promise<{ app: AppRecord; viewerApp: ViewerApp } | undefined> {
  // No app has a malformed slug, and PostgreSQL would refuse some (NUL) outright.
  if (!slugSchema.safeParse(appSlug).success) return undefined;
  const deployment = await store.deployments.findLatest({ slug: appSlug });
  if (!deployment) return undefined;
  const viewerApp = presentViewerApp(deployment);
  if (!currentCompiledCode(deployment.snapshot)) {
    // A deployment from before compiled code (or from another compiler version) keeps what
    // its first view compiled, so later views only read it.
    const compiledCode = {
      version: COMPILED_CODE_VERSION,
      pages: Object.fromEntries(viewerApp.pages.map((page) => [page.id, page.compiled!])),
    };
    await store.deployments.replaceSnapshot(deployment.app.id, deployment.version, {
      ...deployment.snapshot,
      compiledCode,
    });
  }
  return { app: deployment.app, viewerApp };
}
