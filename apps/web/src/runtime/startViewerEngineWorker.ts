/**
 * Starts a fresh engine worker for deployed pages: it runs their code compiled at deploy and
 * holds no parser. Literal `new Worker(new URL(...))`, as in startEngineWorker.
 */
export function startViewerEngineWorker(): Worker {
  return new Worker(new URL("./viewerEngine.worker.ts", import.meta.url), {
    type: "module",
    name: "tessera-engine",
  });
}
