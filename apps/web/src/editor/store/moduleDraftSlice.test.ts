import type { DraftModule } from "@tessera/model";
import { beforeEach, describe, expect, it } from "vitest";
import { useEditorStore } from "./editorStore";

const jsDraft = (revision: number, source: string): DraftModule => ({
  id: "m1",
  revision,
  updatedAt: "2026-01-01T00:00:00Z",
  module: { kind: "js", name: "Login", inputs: [], source },
});

beforeEach(() => useEditorStore.setState({ moduleDrafts: {} }));

describe("moduleDraftSlice", () => {
  it("keeps unsaved local text when the server copy reloads", () => {
    const s = useEditorStore.getState();
    s.loadModuleDraft(jsDraft(1, "server"));
    s.editModule("m1", (m) => ({ ...m, source: "local" }) as typeof m);
    useEditorStore.getState().loadModuleDraft(jsDraft(2, "other tab"));
    const local = useEditorStore.getState().moduleDrafts.m1;
    expect(local.module).toMatchObject({ source: "local" });
    expect(local.saveState).toBe("dirty");
  });

  it("stays dirty when an edit lands while a save is in flight", () => {
    const s = useEditorStore.getState();
    s.loadModuleDraft(jsDraft(1, "a"));
    s.editModule("m1", (m) => ({ ...m, source: "b" }) as typeof m);
    const editCount = useEditorStore.getState().moduleDrafts.m1.editCount;
    s.markModuleSaving("m1");
    s.editModule("m1", (m) => ({ ...m, source: "c" }) as typeof m);
    s.markModuleSaved(jsDraft(2, "b"), editCount);
    const local = useEditorStore.getState().moduleDrafts.m1;
    expect(local.revision).toBe(2);
    expect(local.saveState).toBe("dirty");
    expect(local.module).toMatchObject({ source: "c" });
  });

  it("marks a stale save and keeps it stale across edits", () => {
    const s = useEditorStore.getState();
    s.loadModuleDraft(jsDraft(1, "a"));
    s.markModuleSaveFailed("m1", "changed in another tab", true);
    s.editModule("m1", (m) => ({ ...m, source: "x" }) as typeof m);
    expect(useEditorStore.getState().moduleDrafts.m1.saveState).toBe("stale");
  });
});
