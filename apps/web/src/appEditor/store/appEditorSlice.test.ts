import type { PageDraft } from "@tessera/model";
import { beforeEach, describe, expect, it } from "vitest";
import { useEditorStore } from "../../store/editorStore";
import { addWidget } from "../commands/addWidget";
import { moveWidget } from "../commands/moveWidget";
import { pageDocFixture } from "../test/pageDocFixture";

const serverDraft = (revision: number): PageDraft => ({
  pageId: "p1",
  revision,
  updatedAt: "2026-01-01T00:00:00Z",
  doc: addWidget(pageDocFixture(), {
    id: "a",
    type: "Text",
    x: 0,
    y: 0,
    defaults: { w: 4, h: 4, props: {} },
  }),
});

const draft = () => useEditorStore.getState().pageDrafts.p1;

beforeEach(() => useEditorStore.setState({ pageDrafts: {}, widgetSelection: [] }));

describe("appEditorSlice", () => {
  it("keeps unsaved local work when the server copy reloads", () => {
    const s = useEditorStore.getState();
    s.loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 9, y: 9 }));
    useEditorStore.getState().loadPageDraft("app", serverDraft(2));
    expect(draft().history.present.widgets[0].layout.x).toBe(9);
    expect(draft().saveState).toBe("dirty");
  });

  it("stays dirty when an edit lands while a save is in flight", () => {
    const s = useEditorStore.getState();
    s.loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 1, y: 1 }));
    const { editCount, history } = draft();
    s.markPageSaving("p1");
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 2, y: 2 }));
    s.markPageSaved({ ...serverDraft(2), doc: history.present }, editCount);
    expect(draft()).toMatchObject({ saveState: "dirty", revision: 2 });
  });

  it("keeps the local doc on a stale save and overwrites on request", () => {
    const s = useEditorStore.getState();
    s.loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 5, y: 5 }));
    s.markPageSaveFailed("p1", "Changed elsewhere", 4);
    expect(draft()).toMatchObject({ saveState: "stale", serverRevision: 4 });
    s.keepMyPageDraft("p1");
    expect(draft()).toMatchObject({ saveState: "dirty", revision: 4 });
    expect(draft().history.present.widgets[0].layout.x).toBe(5);
  });

  it("undoes and redoes through the store and marks the copy dirty", () => {
    const s = useEditorStore.getState();
    s.loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 7, y: 0 }));
    s.undoPage("p1");
    expect(draft().history.present.widgets[0].layout.x).toBe(0);
    s.redoPage("p1");
    expect(draft().history.present.widgets[0].layout.x).toBe(7);
    expect(draft().editCount).toBe(3);
  });

  it("takes a newer server copy over a clean local one, and reloads after the copy is dropped", () => {
    const s = useEditorStore.getState();
    s.loadPageDraft("app", serverDraft(1));
    const newer = { ...serverDraft(3), doc: { ...serverDraft(3).doc, widgets: [] } };
    s.loadPageDraft("app", newer);
    expect(draft()).toMatchObject({ revision: 3, saveState: "saved" });
    expect(draft().history.present.widgets).toEqual([]);
    s.dropPageDraft("p1");
    expect(useEditorStore.getState().pageDrafts.p1).toBeUndefined();
    s.loadPageDraft("app", serverDraft(3));
    expect(draft().history.present.widgets).toHaveLength(1);
  });

  it("retries a failed save but leaves a stale copy for the author to decide", () => {
    const s = useEditorStore.getState();
    s.loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 3, y: 3 }));
    s.markPageSaveFailed("p1", "offline");
    s.retryPageSave("p1");
    expect(draft()).toMatchObject({ saveState: "dirty", error: null });
    s.markPageSaveFailed("p1", "changed elsewhere", 2);
    s.retryPageSave("p1");
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 4, y: 4 }));
    expect(draft().saveState).toBe("stale");
  });
});
