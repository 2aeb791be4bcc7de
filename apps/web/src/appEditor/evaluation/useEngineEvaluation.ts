import {
  createEngineClient,
  type EngineClient,
  type EngineHost,
  type EvaluationResult,
  type RuntimePage,
  type TriggerResult,
} from "@tessera/engine";
import { useEffect, useMemo, useRef, useState } from "react";
import { derivedMetaChanges } from "../../runtime/derivedMetaChanges";
import { startEngineWorker } from "../../runtime/startEngineWorker";
import { keepUnchangedValues } from "./keepUnchangedValues";

/** Pause after an edit before the doc is evaluated again: typing a binding stays smooth. */
const EVALUATION_DELAY_MS = 120;

/** A page for the engine, and what kept parts of it out (a module version not loaded). */
export interface BuiltRuntimePage {
  page: RuntimePage;
  problems: string[];
}

/** What an editor's canvas knows of its doc's evaluation. */
export interface EngineEvaluation {
  /** Null until the first evaluation finished (or when the engine could not start). */
  result: EvaluationResult | null;
  /** Why the engine could not evaluate all of it, as the last build and load said. */
  problems: string[];
  /** Runs trigger code against the doc as it is now (a query's Run button): `Api1.run()`. */
  runCode: (code: string) => Promise<TriggerResult>;
}

/**
 * Evaluates an editor's doc in the engine's parsing worker, for the canvas and the property
 * pane: bindings only, nothing runs on load (that is Preview's job), and queries run when the
 * author asks, through `runQuery`. `build` makes the page; it is called a moment after it
 * changes (memoize it on what the page is made of), so a burst of edits loads once.
 */
export function useEngineEvaluation(
  runQuery: EngineHost["runQuery"],
  build: (() => BuiltRuntimePage) | null,
): EngineEvaluation {
  const clientRef = useRef<EngineClient | null>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const pendingLoadRef = useRef<(() => Promise<void>) | null>(null);
  const loadingRef = useRef<Promise<void> | null>(null);
  const runQueryRef = useRef(runQuery);
  runQueryRef.current = runQuery;
  const widgetsRef = useRef<readonly { name: string; type: string }[]>([]);

  useEffect(() => {
    const host: EngineHost = {
      runQuery: (request) => runQueryRef.current(request),
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
      setResult((previous) => keepUnchangedValues(previous, next));
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
  }, []);

  useEffect(() => {
    const client = clientRef.current;
    if (!client || !build) return;
    const load = () => {
      pendingLoadRef.current = null;
      const built = build();
      widgetsRef.current = built.page.widgets;
      setProblems(built.problems);
      const loading = client.load(built.page).then(
        (next) => setResult((previous) => keepUnchangedValues(previous, next)),
        (error: unknown) =>
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
  }, [build]);

  const runCode = useMemo(
    () => async (code: string) => {
      const client = clientRef.current;
      if (!client) return { ok: false as const, error: "The evaluator is not running" };
      // Code must see the doc as it is now: load a pending edit at once, or wait for the load
      // in flight, so a query added a moment ago is defined when Run is pressed.
      await (pendingLoadRef.current?.() ?? loadingRef.current);
      return client.runCode(code);
    },
    [],
  );

  return { result, problems, runCode };
}
