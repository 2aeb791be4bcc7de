import type { PageDraft } from "@tessera/model";
import { beforeEach, describe, expect, it } from "vitest";
import { useEditorStore } from "../../editor/store/editorStore";
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
});
