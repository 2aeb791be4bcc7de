/**
 * Starts a fresh engine worker that parses code as it comes (editor, preview). The
 * `new Worker(new URL(...))` form must stay literal: it is how the bundler finds the worker
 * entry and builds it as its own file.
 */
export function startEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), {
    type: "module",
    name: "tessera-engine",
  });
}
