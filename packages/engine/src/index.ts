export type { Segment } from "./bindings/parseSegments";
export { bindingExpressions, hasBindings, parseSegments } from "./bindings/parseSegments";
