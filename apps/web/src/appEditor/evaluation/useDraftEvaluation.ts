import { useQueries } from "@tanstack/react-query";
import type { EngineHost, EvaluationResult } from "@tessera/engine";
import {
  expandUiModules,
  keptVaultKeys,
  type Page,
  type PageDoc,
  type VaultState,
  type ViewerPackage,
  viewerPackageOf,
} from "@tessera/model";
import { useCallback, useMemo, useRef } from "react";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { appsmithUrlOf } from "../../runtime/appsmithUrlOf";
import { buildRuntimePage } from "../../runtime/buildRuntimePage";
import { postRun } from "../../runtime/postRun";
import { viewerPageFromDraft } from "../../runtime/viewerPageFromDraft";
import { packagePinsOf } from "./packagePinsOf";
import { useEngineEvaluation } from "./useEngineEvaluation";

/** What the editor knows of a draft page's evaluation. */
export interface DraftEvaluation {
  /** Null until the first evaluation finished (or when the engine could not start). */
  result: EvaluationResult | null;
  /** Why the engine could not evaluate, e.g. a module instance whose version is missing. */
  problems: string[];
  /** The package versions the page's module instances are pinned to, as far as loaded. */
  packages: ViewerPackage[];
  /** Runs trigger code against the draft (a query's Run button): `Api1.run()`. */
  runCode: (code: string) => Promise<{ ok: true; value: unknown } | { ok: false; error: string }>;
  /** Keys kept in the vault by the page's queries and the query modules of its package versions. */
  vaultKeys: string[];
  /** What the last run of a query (`Api1`, or `Auth1.sign_in` in a module instance) said of the vault. */
  lastVault: (query: string) => VaultState | undefined;
}

/**
 * Evaluates the draft page in the engine's worker (useEngineEvaluation) so the canvas shows
 * evaluated values and the property pane the value and error of each binding, with the
 * package versions its module instances are pinned to; queries run as the draft's.
 */
export function useDraftEvaluation(appId: string, page: Page, doc: PageDoc | undefined): DraftEvaluation {
  const pageIdRef = useRef(page.id);
  pageIdRef.current = page.id;
  const vaultByQuery = useRef(new Map<string, VaultState>());

  const pinKey = doc ? JSON.stringify(packagePinsOf([doc])) : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: pinKey stands for the pins
  const pins = useMemo(() => (doc ? packagePinsOf([doc]) : []), [pinKey]);
  const versions = useQueries({
    queries: pins.map((pin) => pinnedPackageVersionQueryOptions(pin.packageId, pin.version)),
  });
  const versionKey = versions.map((v) => v.dataUpdatedAt).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: versionKey stands for the loaded versions
  const packages = useMemo(
    () => versions.flatMap((v) => (v.data ? [viewerPackageOf(v.data)] : [])),
    [versionKey],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: versionKey stands for the loaded versions
  const vaultKeys = useMemo(
    () =>
      keptVaultKeys([
        ...(doc?.queries ?? []),
        ...versions.flatMap((v) => (v.data?.modules ?? []).flatMap((m) => (m.kind === "query" ? [m] : []))),
      ]),
    [doc?.queries, versionKey],
  );

  const runQuery = useCallback<EngineHost["runQuery"]>(
    async ({ instance, query, values, inputs }) => {
      const result = await postRun({
        scope: "draft",
        appId,
        pageId: pageIdRef.current,
        instance,
        query,
        values,
        inputs,
      });
      const name = instance ? `${instance}.${query}` : query;
      if (result.vault) vaultByQuery.current.set(name, result.vault);
      else vaultByQuery.current.delete(name);
      return result;
    },
    [appId],
  );

  const build = useMemo(() => {
    if (!doc) return null;
    return () => {
      // UI module instances run as the viewer runs them: laid out as plain widgets and code.
      const expanded = expandUiModules(viewerPageFromDraft(page, doc), packages);
      const built = buildRuntimePage(expanded.page, packages, {
        store: {},
        URL: appsmithUrlOf(window.location.href),
        user: null,
        mode: "EDIT",
      });
      // Versions still loading are no problem yet.
      const problems = pins.length > packages.length ? [] : [...expanded.problems, ...built.problems];
      return { page: built.page, problems };
    };
  }, [doc, page, packages, pins.length]);

  const { result, problems, runCode } = useEngineEvaluation(runQuery, build);
  const lastVault = useMemo(() => (query: string) => vaultByQuery.current.get(query), []);

  return { result, problems, packages, runCode, vaultKeys, lastVault };
}
