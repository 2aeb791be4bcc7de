// A real worker thread running the engine endpoint, for the watchdog test in Node.
import { parentPort } from "node:worker_threads";
import { createWorkerEndpoint } from "../worker/createWorkerEndpoint";
import type { WorkerScopeLike } from "../worker/WorkerLike";

if (parentPort) createWorkerEndpoint(parentPort as unknown as WorkerScopeLike);
