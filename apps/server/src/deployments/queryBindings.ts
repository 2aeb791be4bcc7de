import { bindingExpressions } from "@tessera/engine";
import type { QueryConfig } from "@tessera/model";

/**
 * The distinct `{{ }}` expressions of a stored query, in order: what a viewer must evaluate
 * and send with a run, in place of the config itself (path, query params, headers, body).
 */
export function queryBindings(config: QueryConfig): string[] {
  const texts = [
    config.path,
    ...config.queryParams.flatMap((p) => [p.key, p.value]),
    ...config.headers.flatMap((h) => [h.key, h.value]),
    config.body,
  ];
  return [...new Set(texts.flatMap((text) => bindingExpressions(text)))];
}
