import type { RunBody, VaultScope } from "@tessera/model";

/**
 * Whose vault a request uses, and the cookie that names the visitor's session in it. A
 * deployed app, the editor's preview of that app and a package editor each have their own,
 * so a preview never sees a deployed app's session and one app's cookie opens no other's.
 */
export interface VaultOwner {
  /** Stored with the session and bound into its sealed values: `app:<id>`, `preview:<id>`, `package:<id>`. */
  key: string;
  /** The cookie's name, one per owner: a browser holds one session per app it visits. */
  cookie: string;
}

const COOKIE_PREFIX = "tessera_vault_";

/** The owner of a vault scope (`{scope: "deployment", appId}`: the deployed app's). */
export function vaultOwnerOf(scope: VaultScope): VaultOwner {
  const [kind, id] =
    scope.scope === "deployment"
      ? ["app", scope.appId]
      : scope.scope === "draft"
        ? ["preview", scope.appId]
        : ["package", scope.packageId];
  // Ids are idSchema texts; cookie names allow only token characters, so anything else goes.
  const safe = id.replace(/[^A-Za-z0-9_-]/g, "");
  return { key: `${kind}:${id}`, cookie: `${COOKIE_PREFIX}${kind}_${safe}` };
}

/** The vault scope a run uses: the same app or package the run names. */
export function vaultScopeOfRun(body: RunBody): VaultScope {
  return body.scope === "package"
    ? { scope: "package", packageId: body.packageId }
    : { scope: body.scope, appId: body.appId };
}
