import type { VaultScope } from "@tessera/model";

/** The visitor's vault as the page may reach it: key names, and emptying it. Values stay on the server. */
export interface VaultAccess {
  /** The key names in the visitor's session (none when it has none). */
  keys(): Promise<string[]>;
  clear(): Promise<void>;
}

/**
 * The vault through the API: `GET /api/v1/vault` and `POST /api/v1/vault/clear`. The session
 * cookie is HttpOnly and scoped to the API, so this code never sees it either.
 */
export function createVaultAccess(scope: VaultScope): VaultAccess {
  const query = new URLSearchParams(Object.entries(scope)).toString();
  return {
    async keys() {
      const response = await fetch(`/api/v1/vault?${query}`, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`The vault could not be read (HTTP ${response.status})`);
      const payload = (await response.json()) as { keys?: unknown };
      return Array.isArray(payload.keys) ? payload.keys.filter((key) => typeof key === "string") : [];
    },
    async clear() {
      const response = await fetch("/api/v1/vault/clear", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(scope),
      });
      if (!response.ok) throw new Error(`The vault could not be cleared (HTTP ${response.status})`);
    },
  };
}
