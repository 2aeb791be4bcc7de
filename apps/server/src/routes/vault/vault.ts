import { vaultScopeSchema, vaultStateSchema } from "@tessera/model";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { vaultOwnerOf } from "../../vault/vaultOwner";

/**
 * The visitor's vault as page code may know it: the names of its keys (never a value), and
 * clearing it (`clearVault()`, `clearStore()`). Values only ever go in through a run that
 * keeps them, and out into a run that reads them.
 */
export function vaultRoutes(api: ApiRegistry): void {
  const { vault } = api.context;

  route(api, {
    method: "get",
    path: "/api/v1/vault",
    summary: "The key names in the caller's vault session of an app (deployed or preview) or package",
    tags: ["vault"],
    auth: "public",
    query: vaultScopeSchema,
    response: vaultStateSchema,
    handler: async ({ req, query }) => {
      const session = await vault.open(req, vaultOwnerOf(query));
      return { keys: session ? Object.keys(session.values) : [] };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/vault/clear",
    summary: "Empty the caller's vault session of an app (deployed or preview) or package",
    tags: ["vault"],
    auth: "public",
    body: vaultScopeSchema,
    response: vaultStateSchema,
    handler: async ({ req, res, body }) => {
      await vault.clear(req, res, vaultOwnerOf(body));
      return { keys: [] };
    },
  });
}
