import { boot } from "./boot";
import { startViewer } from "./startViewer";

void startViewer(document.getElementById("root")!, boot.route, boot.appRequest, boot.worker);
