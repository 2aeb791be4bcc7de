import { parsingCodeSource } from "../compile/parsingCodeSource";
import { createPageRuntime } from "./createRuntime";
import type { Runtime, RuntimeOptions } from "./Runtime";
import type { EngineHost, RuntimePage } from "./types";

/**
 * Builds a page's runtime, parsing whatever code its compiled form (if any) does not hold.
 *
 * @example
 * const runtime = createRuntime(page, host);
 * runtime.getState().values.Text1.text;
 * runtime.setMeta("Input1", "text", "a@b.c"); // only dependents of Input1.text re-run
 */
export function createRuntime(page: RuntimePage, host: EngineHost, options: RuntimeOptions = {}): Runtime {
  return createPageRuntime(page, host, { code: parsingCodeSource, ...options });
}
