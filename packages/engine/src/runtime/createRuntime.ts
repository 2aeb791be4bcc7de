import type { Runtime, RuntimeOptions } from "./Runtime";
import type { EngineHost, RuntimePage } from "./types";

/**
 * Builds the data tree of a page and evaluates every binding in dependency order.
 *
 * @example
 * const runtime = createRuntime(page, host);
 * runtime.getState().values.Text1.text;
 * runtime.setMeta("Input1", "text", "a@b.c"); // only dependents of Input1.text re-run
 */
export function createRuntime(page: RuntimePage, host: EngineHost, options: RuntimeOptions = {}): Runtime {
  void page;
  void host;
  void options;
  throw new Error("not implemented yet");
}
