import type { PageDraft } from "@tessera/model";
import { beforeEach, describe, expect, it } from "vitest";
import { useEditorStore } from "../../store/editorStore";
import { addWidget } from "../commands/addWidget";
import { moveWidget } from "../commands/moveWidget";
import { loadPageDraft } from "../save/pageDrafts";
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

const draft = () => useEditorStore.getState().drafts.page.p1;

beforeEach(() => useEditorStore.setState({ drafts: { module: {}, page: {} }, widgetSelection: [] }));

describe("appEditorSlice", () => {
  it("edits the page draft of the store and keeps it on a reload of the server copy", () => {
    const s = useEditorStore.getState();
    loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 9, y: 9 }));
    loadPageDraft("app", serverDraft(2));
    expect(draft().value.present.widgets[0].layout.x).toBe(9);
    expect(draft()).toMatchObject({ state: "dirty", scope: "app", revision: 1 });
  });

  it("undoes and redoes through the store and marks the copy dirty", () => {
    const s = useEditorStore.getState();
    loadPageDraft("app", serverDraft(1));
    s.editPage("p1", (doc) => moveWidget(doc, { id: "a", x: 7, y: 0 }));
    s.undoPage("p1");
    expect(draft().value.present.widgets[0].layout.x).toBe(0);
    s.redoPage("p1");
    expect(draft().value.present.widgets[0].layout.x).toBe(7);
    expect(draft().editCount).toBe(3);
  });

  it("counts no edit when a command changes nothing", () => {
    const s = useEditorStore.getState();
    loadPageDraft("app", serverDraft(1));
    s.undoPage("p1");
    s.editPage("p1", (doc) => doc);
    expect(draft()).toMatchObject({ state: "saved", editCount: 0 });
  });

  it("drops the copy and the selection, and reloads after the copy is dropped", () => {
    const s = useEditorStore.getState();
    loadPageDraft("app", serverDraft(3));
    s.selectWidgets(["a"]);
    s.dropPageDraft("p1");
    expect(useEditorStore.getState().drafts.page.p1).toBeUndefined();
    expect(useEditorStore.getState().widgetSelection).toEqual([]);
    loadPageDraft("app", serverDraft(3));
    expect(draft().value.present.widgets).toHaveLength(1);
  });
});
