/**
 * A keyboard shortcut of an editor command. `mod` is Ctrl on Windows/Linux and Cmd on macOS,
 * so one declaration serves both.
 */
export interface Shortcut {
  /** `KeyboardEvent.key` values, compared case-insensitively for letters. */
  keys: readonly string[];
  mod?: boolean;
  shift?: boolean;
  /** A label for menus and tooltips, e.g. "Ctrl+Z". */
  label: string;
}

/** The parts of a keyboard event a shortcut looks at (a DOM `KeyboardEvent` fits). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * True when a key press triggers the shortcut. Shift must match exactly so that Ctrl+Z (undo)
 * and Shift+Ctrl+Z (redo) never both fire.
 */
export function matchesShortcut(press: KeyPress, shortcut: Shortcut): boolean {
  if (press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  if (Boolean(shortcut.mod) !== mod) return false;
  if (Boolean(shortcut.shift) !== press.shiftKey) return false;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return shortcut.keys.some((k) => (k.length === 1 ? k.toLowerCase() : k) === key);
}
