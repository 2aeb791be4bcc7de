export type { Segment } from "./bindings/parseSegments";
export { bindingExpressions, hasBindings, parseSegments } from "./bindings/parseSegments";
export { segmentsOf } from "./bindings/segmentsOf";
export type { CodeReferences } from "./code/extractReferences";
export { allowedGlobals } from "./code/globalNames";
export type { CodeSyntaxError } from "./code/parseCode";
export { referencesOf } from "./code/referencesOf";
export type {
  CodeSource,
  CompiledCode,
  ExpressionCode,
  HandlerCode,
  JsObjectCode,
} from "./compile/CompiledCode";
export { compiledCodeSource, jsObjectKey } from "./compile/CompiledCode";
export type { PageCode } from "./compile/compilePageCode";
export { compilePageCode } from "./compile/compilePageCode";
export { parsingCodeSource } from "./compile/parsingCodeSource";
export type { JsObjectMemberSummary } from "./js/listJsObjectMembers";
export { listJsObjectMembers } from "./js/listJsObjectMembers";
/** Module input types and the one rule of their values: static text by type, the type check at run. */
export type { ModuleInputType } from "./modules/moduleInputValue";
export {
  describeInputType,
  inputProblem,
  inputTypeMismatch,
  isMissingInput,
  MODULE_INPUT_TYPES,
  staticInputValue,
} from "./modules/moduleInputValue";
export type { UiModulePropType } from "./modules/uiModuleProps";
export { UI_MODULE_PROPS_FUNCTION } from "./modules/uiModuleProps";
export { applyChanges } from "./runtime/applyChanges";
export { createPageRuntime } from "./runtime/createRuntime";
export type { FunctionSignature } from "./runtime/frameworkSignatures";
export { frameworkSignatures } from "./runtime/frameworkSignatures";
export { mayReadVault } from "./runtime/mayReadVault";
export { createRuntime } from "./runtime/parsingRuntime";
export type { Runtime, RuntimeOptions } from "./runtime/Runtime";
export { rowEntityName } from "./runtime/repeatedItems";
export type {
  AlertType,
  AppsmithContext,
  AppsmithUrl,
  EngineHost,
  EngineLimits,
  EvaluationChanges,
  EvaluationResult,
  NavigationTarget,
  PropType,
  QueryRunRequest,
  QueryRunResult,
  RepeatSpec,
  RuntimeJsModuleInstance,
  RuntimeJsObject,
  RuntimeModuleInput,
  RuntimeModuleInstance,
  RuntimePage,
  RuntimeQuery,
  RuntimeQueryModule,
  RuntimeQueryModuleInstance,
  RuntimeWidget,
  TriggerResult,
  WidgetTypeSpec,
} from "./runtime/types";
export type { EngineClient, EngineClientOptions } from "./worker/createEngineClient";
export { createEngineClient, MAX_RESTARTS, RESTART_WINDOW_MS } from "./worker/createEngineClient";
export { createInlineWorker } from "./worker/createInlineWorker";
export { createWorkerEndpoint } from "./worker/createWorkerEndpoint";
export type { WorkerLike, WorkerScopeLike } from "./worker/WorkerLike";
