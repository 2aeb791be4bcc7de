import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedFlagship } from "../seed/seedFlagship";
import { createDatasource } from "../test/createDatasource";
import { createWorkspace } from "../test/createWorkspace";
import { signUp } from "../test/signUp";
import { startTestServer } from "../test/testServer";
import { createViewerHtmlExtras, widgetChunks } from "./viewerHtmlExtras";

/** The shape of Vite's manifest for the viewer and three widget folders. */
const manifest = {
  "viewer.html": { file: "assets/viewer-1.js", imports: ["_react-2.js"] },
  "_react-2.js": { file: "assets/react-2.js" },
  "_WidgetDefinition-3.js": { file: "assets/WidgetDefinition-3.js", imports: ["_react-2.js"] },
  "../../packages/widgets/src/input/index.ts": {
    file: "assets/input-4.js",
    imports: ["_react-2.js", "_WidgetDefinition-3.js"],
  },
  "../../packages/widgets/src/datePicker/index.ts": {
    file: "assets/datePicker-5.js",
    imports: ["_WidgetDefinition-3.js"],
  },
  "../../packages/widgets/src/table/index.ts": { file: "assets/table-7.js" },
};

describe("widgetChunks", () => {
  it("names each widget type's chunk and its imports, once, without the viewer's own", () => {
    expect(widgetChunks(manifest, ["Input", "DatePicker", "Input"])).toEqual([
      "/assets/input-4.js",
      "/assets/WidgetDefinition-3.js",
      "/assets/datePicker-5.js",
    ]);
  });

  it("skips a type without a chunk", () => {
    expect(widgetChunks(manifest, ["Gauge"])).toEqual([]);
  });
});

/** A build's manifest with the viewer and the flagship's three widget types. */
function distWithManifest(): string {
  const dist = mkdtempSync(join(tmpdir(), "tessera-dist-"));
  mkdirSync(join(dist, ".vite"));
  const widget = (folder: string) => ({
    [`../../packages/widgets/src/${folder}/index.ts`]: {
      file: `assets/${folder}-1.js`,
      imports: ["viewer.html"],
    },
  });
  writeFileSync(
    join(dist, ".vite", "manifest.json"),
    JSON.stringify({
      "viewer.html": { file: "assets/viewer-1.js" },
      ...widget("text"),
      ...widget("input"),
      ...widget("button"),
    }),
  );
  return dist;
}

describe("createViewerHtmlExtras", async () => {
  const server = await startTestServer();
  const author = server.client();
  const user = await signUp(author);
  const workspace = await createWorkspace(author);
  const datasource = await createDatasource(author, workspace.id, "seed-secret-key");
  await seedFlagship(server.store, {
    workspaceId: workspace.id,
    datasourceId: datasource.id,
    userId: user.id,
  });
  const extrasOf = createViewerHtmlExtras(server.store, distWithManifest());

  it("gives a public app as the API does, with the widget chunks of its page", async () => {
    const extras = await extrasOf("login-app", "loginpage");
    expect(extras.app).toEqual((await server.client().get("/api/v1/viewer/apps/login-app")).body);
    expect(extras.modules.sort()).toEqual(["/assets/button-1.js", "/assets/input-1.js", "/assets/text-1.js"]);
  });

  it("counts the page the root URL's entry guard leads to: Home's Text and Button, LoginPage's Input", async () => {
    expect((await extrasOf("login-app", undefined)).modules.sort()).toEqual([
      "/assets/button-1.js",
      "/assets/input-1.js",
      "/assets/text-1.js",
    ]);
  });

  it("gives nothing for an unknown app, nor for a private one", async () => {
    expect(await extrasOf("no-such-app", undefined)).toEqual({ modules: [] });
    const { body } = await server.client().get("/api/v1/viewer/apps/login-app");
    expect((await author.patch(`/api/v1/apps/${body.appId}`, { isPublic: false })).status).toBe(200);
    expect(await extrasOf("login-app", undefined)).toEqual({ modules: [] });
  });
});
