import { useQueries } from "@tanstack/react-query";
import {
  createEngineClient,
  type EngineClient,
  type EngineHost,
  type EvaluationResult,
} from "@tessera/engine";
import {
  expandUiModules,
  keptVaultKeys,
  type Page,
  type PageDoc,
  type VaultState,
  type ViewerPackage,
  viewerPackageOf,
} from "@tessera/model";
import { useEffect, useMemo, useRef, useState } from "react";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { appsmithUrlOf } from "../../runtime/appsmithUrlOf";
import { buildRuntimePage } from "../../runtime/buildRuntimePage";
import { derivedMetaChanges } from "../../runtime/derivedMetaChanges";
import { postRun } from "../../runtime/postRun";
import { startEngineWorker } from "../../runtime/startEngineWorker";
import { viewerPageFromDraft } from "../../runtime/viewerPageFromDraft";
import { packagePinsOf } from "./packagePinsOf";

/** Pause after an edit before the draft is evaluated again: typing a binding stays smooth. */
const EVALUATION_DELAY_MS = 120;

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
 * Evaluates the draft page in the engine's worker so the canvas shows evaluated values and the
 * property pane the value and error of each binding. Nothing runs on load here (that is
 * Preview's job): only bindings are evaluated, and queries run when the author asks.
 */
export function useDraftEvaluation(appId: string, page: Page, doc: PageDoc | undefined): DraftEvaluation {
  const clientRef = useRef<EngineClient | null>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const pendingLoadRef = useRef<(() => Promise<void>) | null>(null);
  const loadingRef = useRef<Promise<void> | null>(null);
  const pageIdRef = useRef(page.id);
  pageIdRef.current = page.id;
  const widgetsRef = useRef<readonly { name: string; type: string }[]>([]);
  widgetsRef.current = doc?.widgets ?? [];
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

  useEffect(() => {
    const host: EngineHost = {
      runQuery: async ({ instance, query, values, inputs }) => {
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
      // Store, navigation and alerts belong to a running app: Preview has them, the canvas not.
      storeValue: async () => {},
      removeValue: async () => {},
      clearStore: async () => {},
      clearVault: async () => {},
      navigateTo: async () => {},
      showAlert: async () => {},
      resetWidget: async () => {},
      copyToClipboard: async () => {},
      download: async () => {},
      showModal: async () => {},
      closeModal: async () => {},
    };
    let client: EngineClient;
    try {
      client = createEngineClient(startEngineWorker, host);
    } catch (error) {
      setProblems([
        `The evaluator could not start: ${error instanceof Error ? error.message : String(error)}`,
      ]);
      return;
    }
    clientRef.current = client;
    const unsubscribe = client.subscribe((next) => {
      setResult(next);
      // As in the viewer, meta that follows from other values (a DatePicker's formattedDate)
      // is derived here and handed to the engine, so the canvas shows what the viewer will.
      const widgets = widgetsRef.current;
      for (const [widget, key, value] of derivedMetaChanges(widgets, (name) => next.values[name] ?? {})) {
        client.setMeta(widget, key, value);
      }
    });
    return () => {
      unsubscribe();
      client.dispose();
      clientRef.current = null;
    };
  }, [appId]);

  useEffect(() => {
    const client = clientRef.current;
    if (!client || !doc) return;
    const load = () => {
      pendingLoadRef.current = null;
      // UI module instances run as the viewer runs them: laid out as plain widgets and code.
      const expanded = expandUiModules(viewerPageFromDraft(page, doc), packages);
      const built = buildRuntimePage(expanded.page, packages, {
        store: {},
        URL: appsmithUrlOf(window.location.href),
        user: null,
        mode: "EDIT",
      });
      setProblems(pins.length > packages.length ? [] : [...expanded.problems, ...built.problems]);
      const loading = client
        .load(built.page)
        .then(setResult, (error: unknown) =>
          setProblems([`Evaluation failed: ${error instanceof Error ? error.message : String(error)}`]),
        );
      loadingRef.current = loading;
      return loading;
    };
    const timer = setTimeout(load, EVALUATION_DELAY_MS);
    pendingLoadRef.current = () => {
      clearTimeout(timer);
      return load();
    };
    return () => {
      clearTimeout(timer);
      pendingLoadRef.current = null;
    };
  }, [doc, page, packages, pins.length]);

  const runCode = useMemo(
    () => async (code: string) => {
      const client = clientRef.current;
      if (!client) return { ok: false as const, error: "The evaluator is not running" };
      // Code must see the page as it is now: load a pending edit at once, or wait for the load
      // in flight, so a query added a moment ago is defined when Run is pressed.
      await (pendingLoadRef.current?.() ?? loadingRef.current);
      return client.runCode(code);
    },
    [],
  );

  const lastVault = useMemo(() => (query: string) => vaultByQuery.current.get(query), []);

  return { result, problems, packages, runCode, vaultKeys, lastVault };
}
