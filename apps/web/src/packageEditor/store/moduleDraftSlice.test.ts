import type { DraftModule } from "@tessera/model";
import { beforeEach, describe, expect, it } from "vitest";
import { useEditorStore } from "../../store/editorStore";
import { hasUnsavedWork } from "./moduleDraftSlice";

const jsDraft = (revision: number, source: string): DraftModule => ({
  id: "m1",
  revision,
  updatedAt: "2026-01-01T00:00:00Z",
  module: { kind: "js", name: "Login", inputs: [], source },
});

const setSource = (source: string) =>
  useEditorStore.getState().editModule("m1", (m) => ({ ...m, source }) as typeof m);
const local = () => useEditorStore.getState().moduleDrafts.m1;

beforeEach(() => useEditorStore.setState({ moduleDrafts: {} }));

describe("moduleDraftSlice", () => {
  it("keeps unsaved local text when the server copy reloads", () => {
    useEditorStore.getState().loadModuleDraft(jsDraft(1, "server"));
    setSource("local");
    useEditorStore.getState().loadModuleDraft(jsDraft(2, "other tab"));
    expect(local().module).toMatchObject({ source: "local" });
    expect(local().saveState).toBe("dirty");
    expect(hasUnsavedWork(local())).toBe(true);
  });

  it("takes a newer server copy when the local one is clean", () => {
    useEditorStore.getState().loadModuleDraft(jsDraft(1, "old"));
    useEditorStore.getState().loadModuleDraft(jsDraft(3, "new"));
    expect(local()).toMatchObject({ revision: 3, saveState: "saved", module: { source: "new" } });
  });

  it("stays dirty when an edit lands while a save is in flight", () => {
    const s = useEditorStore.getState();
    s.loadModuleDraft(jsDraft(1, "a"));
    setSource("b");
    const editCount = local().editCount;
    s.markModuleSaving("m1");
    setSource("c");
    expect(local().saving).toBe(true);
    s.markModuleSaved(jsDraft(2, "b"), editCount);
    expect(local()).toMatchObject({
      revision: 2,
      saving: false,
      saveState: "dirty",
      module: { source: "c" },
    });
  });

  it("marks a stale save, keeps it stale across edits, and can save over the server copy", () => {
    const s = useEditorStore.getState();
    s.loadModuleDraft(jsDraft(1, "a"));
    s.markModuleSaveFailed("m1", "changed in another tab", 5);
    setSource("x");
    expect(local().saveState).toBe("stale");
    s.overwriteWithLocal("m1");
    expect(local()).toMatchObject({ saveState: "dirty", revision: 5, module: { source: "x" } });
  });

  it("marks a plain failure as failed, not stale", () => {
    const s = useEditorStore.getState();
    s.loadModuleDraft(jsDraft(1, "a"));
    s.markModuleSaveFailed("m1", "offline", null);
    expect(local().saveState).toBe("failed");
  });
});
