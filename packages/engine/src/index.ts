export type { Segment } from "./bindings/parseSegments";
export { bindingExpressions, hasBindings, parseSegments } from "./bindings/parseSegments";
export type { CodeSyntaxError } from "./code/parseCode";
export type { JsObjectMemberSummary } from "./js/listJsObjectMembers";
export { listJsObjectMembers } from "./js/listJsObjectMembers";
export { applyChanges } from "./runtime/applyChanges";
export { createRuntime } from "./runtime/createRuntime";
export type { FunctionSignature } from "./runtime/frameworkSignatures";
export { frameworkSignatures } from "./runtime/frameworkSignatures";
export type { Runtime, RuntimeOptions } from "./runtime/Runtime";
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
  RuntimeJsObject,
  RuntimeModuleInput,
  RuntimeModuleInstance,
  RuntimePage,
  RuntimeQuery,
  RuntimeQueryModule,
  RuntimeWidget,
  TriggerResult,
  WidgetTypeSpec,
} from "./runtime/types";
export type { EngineClient, EngineClientOptions } from "./worker/createEngineClient";
export { createEngineClient, MAX_RESTARTS, RESTART_WINDOW_MS } from "./worker/createEngineClient";
export { createInlineWorker } from "./worker/createInlineWorker";
export { createWorkerEndpoint } from "./worker/createWorkerEndpoint";
export type { WorkerLike, WorkerScopeLike } from "./worker/WorkerLike";
