// A real worker thread running the engine endpoint, for the client tests in Node. The thread's
// global object is dressed as a Web Worker's `self`, so the endpoint seals it as it would in
// a browser.

import { parentPort } from "node:worker_threads";
import { parsingCodeSource } from "../compile/parsingCodeSource";
import { createWorkerEndpoint } from "../worker/createWorkerEndpoint";
import type { WorkerScopeLike } from "../worker/WorkerLike";

const port = parentPort;
if (port) {
  const self = globalThis as unknown as WorkerScopeLike;
  self.postMessage = (message) => port.postMessage(message);
  self.addEventListener = (_type: "message", listener: (event: { data: unknown }) => void) => {
    port.on("message", (data: unknown) => listener({ data }));
  };
  createWorkerEndpoint(self, { code: parsingCodeSource });
}
