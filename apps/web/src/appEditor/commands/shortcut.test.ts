import { describe, expect, it } from "vitest";
import { redoShortcuts, undoShortcut } from "../history/docHistory";
import { matchesShortcut } from "./shortcut";

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: false,
});

describe("matchesShortcut", () => {
  it("tells undo from redo by Shift", () => {
    expect(matchesShortcut(press("z", { ctrl: true }), undoShortcut)).toBe(true);
    expect(matchesShortcut(press("Z", { meta: true, shift: true }), undoShortcut)).toBe(false);
    expect(redoShortcuts.some((s) => matchesShortcut(press("Z", { meta: true, shift: true }), s))).toBe(true);
    expect(redoShortcuts.some((s) => matchesShortcut(press("y", { ctrl: true }), s))).toBe(true);
    expect(matchesShortcut(press("z"), undoShortcut)).toBe(false);
  });
});
