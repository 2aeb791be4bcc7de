// The worker entry of the engine: user code runs here, away from the DOM, cookies and storage.
import { createWorkerEndpoint } from "@tessera/engine";

createWorkerEndpoint(self);
