import type { AppsmithContext, EvaluationResult } from "@tessera/engine";
import {
  expandUiModules,
  type ModuleBody,
  UI_MODULE_SEPARATOR,
  UI_MODULE_WIDGET_TYPE,
  type UiModule,
  type ViewerPage,
  viewerPackageOf,
} from "@tessera/model";
import type { BuiltRuntimePage } from "../appEditor/evaluation/useEngineEvaluation";
import { buildRuntimePage } from "../runtime/buildRuntimePage";

/** The package version the drafts stand for: nothing published is pinned to it. */
const DRAFT_VERSION = 0;

/**
 * A page holding one instance of a draft UI module with its prop defaults, laid out as an app
 * lays it out (model's expandUiModules) against the package's draft JS and query modules:
 * what the engine evaluates so the module's canvas shows its bindings' values. The instance
 * is named as the module, so its widgets are `LoginForm__Text1` (see `moduleEvaluationOf`).
 */
export function uiModuleRuntimePage(
  packageId: string,
  module: UiModule,
  packageModules: readonly ModuleBody[],
  appsmith: AppsmithContext,
): BuiltRuntimePage {
  // The module as edited now, whatever the package's list holds of it.
  const modules = [...packageModules.filter((m) => m.name !== module.name), module];
  const draftPackage = viewerPackageOf({ packageId, version: DRAFT_VERSION, modules });
  const page: ViewerPage = {
    id: "ui-module",
    name: module.name,
    slug: "ui-module",
    isHome: true,
    widgets: [
      {
        id: "instance",
        name: module.name,
        type: UI_MODULE_WIDGET_TYPE,
        parentId: null,
        layout: { x: 0, y: 0, w: 64, h: 1 },
        props: {},
        module: { packageId, moduleName: module.name, version: DRAFT_VERSION },
      },
    ],
    queries: [],
    jsObjects: [],
    moduleInstances: [],
  };
  const expanded = expandUiModules(page, [draftPackage]);
  const built = buildRuntimePage(expanded.page, [draftPackage], appsmith);
  return { page: built.page, problems: [...expanded.problems, ...built.problems] };
}

/**
 * The evaluation of `uiModuleRuntimePage` as the module's canvas names things: `Text1` for
 * `LoginForm__Text1`. What is wrong with the instance itself (a prop default of the wrong type,
 * an output that fails) is no widget's: it comes back as problems, `LoginForm.props: ...`.
 */
export function moduleEvaluationOf(
  result: EvaluationResult,
  moduleName: string,
): { result: EvaluationResult; problems: string[] } {
  const prefix = moduleName + UI_MODULE_SEPARATOR;
  const values: EvaluationResult["values"] = {};
  for (const [entity, props] of Object.entries(result.values)) {
    if (entity.startsWith(prefix)) values[entity.slice(prefix.length)] = props;
  }
  const errors: EvaluationResult["errors"] = {};
  const problems: string[] = [];
  for (const [path, message] of Object.entries(result.errors)) {
    if (path.startsWith(prefix)) errors[path.slice(prefix.length)] = message;
    else if (path.startsWith(`${moduleName}.`)) problems.push(`${path}: ${message}`);
  }
  return { result: { values, errors }, problems };
}
