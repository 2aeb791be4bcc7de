import type { EngineHost, EvaluationResult } from "@tessera/engine";
import type { ModuleBody, UiModule } from "@tessera/model";
import { useCallback, useMemo } from "react";
import { runQuery as postPackageRun } from "../api/run";
import { useEngineEvaluation } from "../appEditor/evaluation/useEngineEvaluation";
import { appsmithUrlOf } from "../runtime/appsmithUrlOf";
import { moduleEvaluationOf, uiModuleRuntimePage } from "./uiModuleRuntimePage";

/**
 * Evaluates a draft UI module as one instance of it with its prop defaults would run in an
 * app (uiModuleRuntimePage), so its canvas and property pane show evaluated values. A query it
 * runs is the package's draft (scope "package"), as the run panel runs it.
 */
export function useUiModuleEvaluation(
  packageId: string,
  module: UiModule,
  packageModules: readonly ModuleBody[],
): { result: EvaluationResult | null; problems: string[] } {
  const runQuery = useCallback<EngineHost["runQuery"]>(
    ({ query, values, inputs }) =>
      postPackageRun({ scope: "package", packageId, version: null, query, values, inputs }),
    [packageId],
  );
  const build = useMemo(
    () => () =>
      uiModuleRuntimePage(packageId, module, packageModules, {
        store: {},
        URL: appsmithUrlOf(window.location.href),
        user: null,
        mode: "EDIT",
      }),
    [packageId, module, packageModules],
  );
  const evaluation = useEngineEvaluation(runQuery, build);
  return useMemo(() => {
    if (!evaluation.result) return { result: null, problems: evaluation.problems };
    const named = moduleEvaluationOf(evaluation.result, module.name);
    return { result: named.result, problems: [...evaluation.problems, ...named.problems] };
  }, [evaluation.result, evaluation.problems, module.name]);
}
