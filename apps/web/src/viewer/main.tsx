import { deferredWorker } from "../runtime/deferredWorker";
import { startViewerEngineWorker } from "../runtime/startViewerEngineWorker";
import { fetchViewerApp } from "./fetchViewerApp";
import { parseViewerPath } from "./parseViewerPath";
import { startViewer } from "./startViewer";

// The app JSON (already on its way when the server sent a preload hint) and the engine's
// worker are requested before React renders anything: neither depends on the other.
const route = parseViewerPath(window.location.pathname);
const appRequest = route ? fetchViewerApp(route.appSlug) : null;
const worker = route ? deferredWorker(startViewerEngineWorker) : null;

void startViewer(document.getElementById("root")!, route, appRequest, worker);
