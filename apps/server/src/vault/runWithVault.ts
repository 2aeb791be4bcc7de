import { type QueryConfig, type RunResult, type VaultRefresh, vaultKeyOf, vaultKeysOf } from "@tessera/model";
import type { Request, Response } from "express";
import { ApiError, badRequest, clipText } from "../errors";
import type { BindingValues } from "../execution/kinds/DatasourceKind";
import type { Vault, VaultSession } from "./createVault";
import type { VaultOwner } from "./vaultOwner";

/** A stored query as far as the vault cares: what it reads, keeps, and whether it is the refresh action. */
export interface VaultQuery {
  config: QueryConfig;
  vaultKeep?: readonly string[];
  vaultRefresh?: VaultRefresh;
}

/** One run through the vault: the stored query, the browser's values, and how to execute a query. */
export interface VaultRun<Q extends VaultQuery> {
  req: Request;
  res: Response;
  owner: VaultOwner;
  query: Q;
  /** The browser's values (already checked by `refuseVaultValues`). */
  values: BindingValues;
  /** Runs a stored query with these values through its kind (substitute, execute). */
  execute: (query: Q, values: BindingValues) => Promise<RunResult>;
  /** The package's refresh action for this query, looked up only when a run needs it. */
  findRefresh: () => Promise<(Q & { vaultRefresh: VaultRefresh }) | null>;
}

/** 401 `session_expired`: the vault's session ended (refused refresh, expiry); sign in again. */
export function sessionExpired(): ApiError {
  return new ApiError(401, "session_expired", "The session has expired: sign in again");
}

/**
 * Refuses browser values for `vault.x` expressions: only the server puts vault values into a
 * run, so a page (or a script on it) can never choose what `{{vault.access_token}}` becomes.
 */
export function refuseVaultValues(values: BindingValues): void {
  for (const key of Object.keys(values)) {
    if (vaultKeyOf(key) !== null || /^\s*vault\s*[.[]/.test(key))
      throw badRequest(
        `body.values.${clipText(key)}: vault values are filled in by the server, never sent`,
        "vault_value_refused",
        `body.values.${clipText(key)}`,
      );
  }
}

/**
 * Runs a query with the visitor's vault: `{{vault.x}}` gets the session's value (through the
 * kind's own substitute, by context like any value), fields the query keeps are stored and
 * removed from the body, and a refused answer (the refresh action's `onStatus`) to a query that
 * read the vault renews the session once with the package's refresh action and retries. A
 * query that neither reads nor keeps vault values runs as it is: no cookie, no store read.
 */
export async function runWithVault<Q extends VaultQuery>(vault: Vault, run: VaultRun<Q>): Promise<RunResult> {
  const { req, res, owner, query } = run;
  const reads = vaultReadsOf(query.config);
  const keep = query.vaultKeep ?? [];
  if (reads.length === 0 && keep.length === 0) return run.execute(query, run.values);

  let session = await vault.open(req, owner);
  let result = await run.execute(query, withVaultValues(run.values, reads, session));
  let refreshed = false;
  // The refresh action itself is not refreshed: its refusal is the session's end.
  if (reads.length > 0 && !result.ok && !query.vaultRefresh) {
    const action = await run.findRefresh();
    if (action?.vaultRefresh.onStatus.includes(result.status)) {
      // Nothing to renew without a session: the visitor has not signed in (or was signed out).
      const renewed = session
        ? await vault.refresh(session, (values) => renewWith(run, action, values))
        : null;
      if (!renewed) {
        await vault.clear(req, res, owner);
        throw sessionExpired();
      }
      session = renewed;
      refreshed = true;
      result = await run.execute(query, withVaultValues(run.values, reads, session));
    }
  }

  const kept: string[] = [];
  if (keep.length > 0 && isRecord(result.body)) {
    const body: Record<string, unknown> = { ...result.body };
    const found: Record<string, unknown> = {};
    for (const key of keep) {
      if (!Object.hasOwn(body, key)) continue;
      found[key] = body[key];
      // Removed from every answer, kept only from a successful one.
      delete body[key];
    }
    if (result.ok && Object.keys(found).length > 0) {
      session = await vault.keep(req, res, owner, session, found);
      kept.push(...Object.keys(found));
    }
    result = { ...result, body };
  }
  return {
    ...result,
    vault: {
      keys: session ? Object.keys(session.values) : [],
      ...(kept.length > 0 ? { kept } : {}),
      ...(refreshed ? { refreshed } : {}),
    },
  };
}

/** Stored configs are decoded once and kept (see findRunnableQuery): walk each one once. */
const readsByConfig = new WeakMap<QueryConfig, string[]>();

function vaultReadsOf(config: QueryConfig): string[] {
  let reads = readsByConfig.get(config);
  if (!reads) {
    reads = vaultKeysOf(config);
    readsByConfig.set(config, reads);
  }
  return reads;
}

/** The browser's values plus the session's value for each `vault.x` the query reads. */
function withVaultValues(
  values: BindingValues,
  reads: readonly string[],
  session: VaultSession | null,
): BindingValues {
  const merged: BindingValues = { ...values };
  for (const key of reads) {
    // A key the session lacks is like any missing value: null in JSON, empty text elsewhere.
    merged[`vault.${key}`] = session && Object.hasOwn(session.values, key) ? session.values[key] : undefined;
  }
  return merged;
}

/** Runs the refresh action with the session's values; the fields it keeps, or null when refused. */
async function renewWith<Q extends VaultQuery>(
  run: VaultRun<Q>,
  action: Q,
  values: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown> | null> {
  const session: VaultSession = { idHash: "", owner: run.owner.key, values, revision: 0 };
  const result = await run.execute(action, withVaultValues({}, vaultReadsOf(action.config), session));
  if (!result.ok || !isRecord(result.body)) return null;
  const renewed: Record<string, unknown> = {};
  for (const key of action.vaultKeep ?? [])
    if (Object.hasOwn(result.body, key)) renewed[key] = result.body[key];
  return Object.keys(renewed).length > 0 ? renewed : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
