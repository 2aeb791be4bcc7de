// The viewer's worker entry of the engine: deployed pages come with their code compiled at
// deploy, so this worker holds no parser or instrumenter (a test of the build checks it).
import { createWorkerEndpoint } from "@tessera/engine";

createWorkerEndpoint(self);
