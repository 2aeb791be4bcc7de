// The worker entry of the engine where drafts run (editor, preview, JS function runner): user
// code runs here, away from the DOM, cookies and storage, and is parsed as it comes.
import { createWorkerEndpoint, parsingCodeSource } from "@tessera/engine";

createWorkerEndpoint(self, { code: parsingCodeSource });
