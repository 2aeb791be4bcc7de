import { useEffect } from "react";
import { useEditorStore } from "../../store/editorStore";
import { copyWidgets, copyWidgetsShortcut } from "../commands/copyWidgets";
import { deleteWidgets, deleteWidgetsShortcut } from "../commands/deleteWidgets";
import { nudgeShortcuts, nudgeWidgets } from "../commands/nudgeWidgets";
import { pasteWidgets, pasteWidgetsShortcut } from "../commands/pasteWidgets";
import { resizeShortcuts, resizeWidgetsBy } from "../commands/resizeWidgetsBy";
import { matchesShortcut } from "../commands/shortcut";
import type { DocTarget } from "../docTarget";
import { redoShortcuts, undoShortcut } from "../history/docHistory";
import { newEntityId } from "../newEntityId";

/** True when the key press belongs to a text field, which keeps its own undo, copy and arrows. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest(".monaco-editor")) return true;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

const NUDGES = [
  [nudgeShortcuts.left, -1, 0],
  [nudgeShortcuts.right, 1, 0],
  [nudgeShortcuts.up, 0, -1],
  [nudgeShortcuts.down, 0, 1],
] as const;

const RESIZES = [
  [resizeShortcuts.narrower, -1, 0],
  [resizeShortcuts.wider, 1, 0],
  [resizeShortcuts.shorter, 0, -1],
  [resizeShortcuts.taller, 0, 1],
] as const;

/**
 * The canvas keyboard: Delete/Backspace, Ctrl/Cmd+C and V, undo (Ctrl/Cmd+Z), redo
 * (Shift+Ctrl/Cmd+Z, Ctrl+Y), arrows to nudge, Shift+arrows to resize, Escape to drop the selection or placement.
 */
export function useCanvasShortcuts(target: DocTarget, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const store = useEditorStore.getState();
      const doc = target.read();
      if (!doc) return;
      const selection = store.widgetSelection.filter((id) => doc.widgets.some((w) => w.id === id));
      const handled = () => event.preventDefault();

      if (matchesShortcut(event, undoShortcut)) {
        handled();
        target.undo();
      } else if (redoShortcuts.some((shortcut) => matchesShortcut(event, shortcut))) {
        handled();
        target.redo();
      } else if (event.key === "Escape") {
        store.setPlacingWidget(null);
        store.selectWidgets([]);
      } else if (selection.length > 0 && matchesShortcut(event, deleteWidgetsShortcut)) {
        handled();
        target.edit((d) => deleteWidgets(d, { ids: selection }));
        store.selectWidgets([]);
      } else if (selection.length > 0 && matchesShortcut(event, copyWidgetsShortcut)) {
        handled();
        store.setWidgetClipboard(copyWidgets(doc, { ids: selection }));
      } else if (store.widgetClipboard.length > 0 && matchesShortcut(event, pasteWidgetsShortcut)) {
        handled();
        const { doc: pasted, rootIds } = pasteWidgets(doc, {
          widgets: store.widgetClipboard,
          newId: newEntityId,
        });
        target.edit(() => pasted);
        store.selectWidgets(rootIds);
      } else if (selection.length > 0) {
        for (const [shortcut, dx, dy] of NUDGES) {
          if (!matchesShortcut(event, shortcut)) continue;
          handled();
          target.edit((d) => nudgeWidgets(d, { ids: selection, dx, dy }), {
            coalesceKey: `nudge:${selection.join(",")}`,
          });
        }
        for (const [shortcut, dw, dh] of RESIZES) {
          if (!matchesShortcut(event, shortcut)) continue;
          handled();
          target.edit((d) => resizeWidgetsBy(d, { ids: selection, dw, dh }), {
            coalesceKey: `resize:${selection.join(",")}`,
          });
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [target, enabled]);
}
