import { defineConfig } from "vite";
import { webBuild } from "./vite.config.ts";

// The viewer's build, after the editor's (see webBuild).
export default defineConfig(webBuild("viewer"));
