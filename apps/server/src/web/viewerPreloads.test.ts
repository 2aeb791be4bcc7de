import { describe, expect, it } from "vitest";
import { widgetChunks } from "./viewerPreloads";

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
    css: ["assets/datePicker-6.css"],
  },
  "../../packages/widgets/src/table/index.ts": { file: "assets/table-7.js" },
};

describe("widgetChunks", () => {
  it("names each widget type's chunk and its imports, once, without the viewer's own", () => {
    expect(widgetChunks(manifest, ["Input", "DatePicker", "Input"])).toEqual({
      modules: ["/assets/input-4.js", "/assets/WidgetDefinition-3.js", "/assets/datePicker-5.js"],
      styles: ["/assets/datePicker-6.css"],
    });
  });

  it("skips a type without a chunk", () => {
    expect(widgetChunks(manifest, ["Gauge"])).toEqual({ modules: [], styles: [] });
  });
});
