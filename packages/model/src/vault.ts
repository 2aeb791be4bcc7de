import { z } from "zod";
import { idSchema } from "./identifier";

/**
 * The name of a value kept in a visitor's app session (`access_token`): a top-level field of
 * a query's response, read in a query as `{{vault.access_token}}`.
 */
export const vaultKeySchema = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
    "must be a field name: letters, digits and _, not starting with a digit",
  );

/** The response fields a query keeps in the vault; the browser gets their names, never their values. */
export const vaultKeepSchema = z.array(vaultKeySchema).max(20);

/**
 * Marks a package's refresh action: when a query that used a vault value gets one of
 * `onStatus` from its upstream, the server runs this query module once, keeps what its
 * `vaultKeep` names (the keys it renews) and retries the query. GoTrue answers an expired
 * token with 403, most APIs with 401.
 */
export const vaultRefreshSchema = z.object({
  onStatus: z.array(z.number().int().min(400).max(599)).min(1).max(5).default([401]),
});
export type VaultRefresh = z.infer<typeof vaultRefreshSchema>;

const VAULT_EXPRESSION = /^\s*vault\.([A-Za-z_][A-Za-z0-9_]*)\s*$/;

/**
 * The vault key a binding expression reads (`vault.access_token` -> `access_token`), or null.
 * Only the whole expression `vault.<key>` reads the vault: the server substitutes it, the
 * browser never evaluates it or sends a value for it.
 *
 * @example vaultKeyOf("vault.access_token") // "access_token"
 */
export function vaultKeyOf(expression: string): string | null {
  return VAULT_EXPRESSION.exec(expression)?.[1] ?? null;
}

/** Which vault a run uses: a deployed app's, the editor preview's of an app, or a package editor's. */
export const vaultScopeSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("deployment"), appId: idSchema }),
  z.object({ scope: z.literal("draft"), appId: idSchema }),
  z.object({ scope: z.literal("package"), packageId: idSchema }),
]);
export type VaultScope = z.infer<typeof vaultScopeSchema>;

/** What a run or the vault endpoints say of the visitor's vault: names only, never values. */
export const vaultStateSchema = z.object({
  /** Every key now in the vault. */
  keys: z.array(z.string()),
  /** Keys this run kept (or renewed), removed from its response body. */
  kept: z.array(z.string()).optional(),
  /** This run first renewed the vault with the package's refresh action, then retried. */
  refreshed: z.boolean().optional(),
});
export type VaultState = z.infer<typeof vaultStateSchema>;

/**
 * Every key some of `queries` keep in the vault, sorted and without repeats: what a query
 * field offers after `vault.`.
 *
 * @example keptVaultKeys([{ vaultKeep: ["refresh_token", "access_token"] }, {}]) // ["access_token", "refresh_token"]
 */
export function keptVaultKeys(queries: Iterable<{ vaultKeep?: readonly string[] }>): string[] {
  const keys = new Set<string>();
  for (const query of queries) for (const key of query.vaultKeep ?? []) keys.add(key);
  return [...keys].sort();
}

/** The query modules of a package marked as its refresh action; a package may have one. */
export function refreshActionsOf(
  modules: readonly { kind: string; name: string; vaultRefresh?: unknown }[],
): string[] {
  return modules.flatMap((m) => (m.kind === "query" && m.vaultRefresh ? [m.name] : []));
}

/**
 * Why the query module `name` cannot become its package's refresh action (another one is),
 * or null: the editor says it before publishing refuses it.
 */
export function refreshActionConflict(
  modules: readonly { kind: string; name: string; vaultRefresh?: unknown }[],
  name: string,
): string | null {
  const other = refreshActionsOf(modules).find((n) => n !== name);
  return other === undefined
    ? null
    : `${other} is this package's refresh action already: a package has one, so unmark ${other} first`;
}
