import type { PageDoc } from "@tessera/model";
import type { Shortcut } from "../commands/shortcut";

/** Undo/redo over whole page docs. Docs are immutable, so a step costs one reference. */
export interface DocHistory {
  past: readonly PageDoc[];
  present: PageDoc;
  future: readonly PageDoc[];
  /** The coalescing key of the last step: typing in one field makes one undo step. */
  lastKey: string | null;
}

/** How a command edits a doc: its keystrokes in one field share a key and make one undo step. */
export type DocCommandOptions = { coalesceKey?: string };

/** How many steps back undo can go; older steps are dropped. */
export const HISTORY_LIMIT = 100;

/** A history whose only state is `doc`. */
export function createHistory(doc: PageDoc): DocHistory {
  return { past: [], present: doc, future: [], lastKey: null };
}

/**
 * Records `doc` as the new present. Redo steps are dropped. When `coalesceKey` equals the key
 * of the previous step, the two merge into one undo step (keystrokes in one property field).
 * A doc identical to the present (a refused command) records nothing.
 */
export function recordDoc(
  history: DocHistory,
  doc: PageDoc,
  options: { coalesceKey?: string; limit?: number } = {},
): DocHistory {
  if (doc === history.present) return history;
  const key = options.coalesceKey ?? null;
  if (key !== null && key === history.lastKey && history.future.length === 0) {
    return { ...history, present: doc };
  }
  const limit = options.limit ?? HISTORY_LIMIT;
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: doc,
    future: [],
    lastKey: key,
  };
}

/** Steps back once; with nothing to undo the history comes back unchanged. */
export function undo(history: DocHistory): DocHistory {
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
    lastKey: null,
  };
}

/** Steps forward again after an undo; with nothing to redo the history comes back unchanged. */
export function redo(history: DocHistory): DocHistory {
  if (history.future.length === 0) return history;
  return {
    past: [...history.past, history.present],
    present: history.future[0],
    future: history.future.slice(1),
    lastKey: null,
  };
}

export const undoShortcut: Shortcut = { keys: ["z"], mod: true, label: "Ctrl+Z" };

/** Redo answers both the Mac habit (Shift+Cmd+Z) and the Windows one (Ctrl+Y). */
export const redoShortcuts: readonly Shortcut[] = [
  { keys: ["z"], mod: true, shift: true, label: "Shift+Ctrl+Z" },
  { keys: ["y"], mod: true, label: "Ctrl+Y" },
];
