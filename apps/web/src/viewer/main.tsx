import "@tessera/widgets/widgets.css";
import "../runtime/runtime.css";
import "./viewer.css";
import { createRoot } from "react-dom/client";
import { startEngineWorker } from "../runtime/startEngineWorker";
import { fetchViewerApp } from "./fetchViewerApp";
import { parseViewerPath } from "./parseViewerPath";
import { startViewer } from "./startViewer";

// The app JSON and the engine's worker are requested before React renders anything: both are
// on the way to the first interactive page and neither depends on the other.
const route = parseViewerPath(window.location.pathname);
const appRequest = route ? fetchViewerApp(route.appSlug) : null;
const worker = route ? startEngineWorker() : null;

void startViewer(createRoot(document.getElementById("root")!), route, appRequest, worker);
