import type { UiModule } from "@tessera/model";
import { beforeEach, describe, expect, it } from "vitest";
import { addWidget } from "../appEditor/commands/addWidget";
import { useEditorStore } from "../store/editorStore";
import { loadModuleDraft } from "./moduleDrafts";
import { newUiModule } from "./newModule";

const store = useEditorStore.getState;
const widgets = () => (store().drafts.module.m1?.value as UiModule | undefined)?.widgets ?? [];
const addText = (id: string) =>
  store().editUiModule("m1", (doc) =>
    addWidget(doc, { id, type: "Text", x: 0, y: 0, defaults: { w: 4, h: 4, props: {} } }),
  );

beforeEach(() => {
  store().clearDrafts();
  useEditorStore.setState({ uiModuleHistory: {} });
  loadModuleDraft("p1", {
    id: "m1",
    revision: 1,
    updatedAt: "2026-01-01T00:00:00Z",
    module: newUiModule("LoginForm"),
  });
});

describe("uiModuleHistorySlice", () => {
  it("edits the module draft's widgets with page-doc commands, with undo and redo", () => {
    addText("a");
    addText("b");
    expect(widgets().map((w) => w.name)).toEqual(["Text1", "Text2"]);
    expect(store().drafts.module.m1?.state).toBe("dirty");
    store().undoUiModule("m1");
    expect(widgets().map((w) => w.name)).toEqual(["Text1"]);
    store().redoUiModule("m1");
    expect(widgets().map((w) => w.name)).toEqual(["Text1", "Text2"]);
  });

  it("starts the history again when the widgets changed outside it", () => {
    addText("a");
    store().editDraft("module", "m1", (m) => (m.kind === "ui" ? { ...m, widgets: [] } : m));
    store().undoUiModule("m1");
    expect(widgets()).toEqual([]);
  });
});
