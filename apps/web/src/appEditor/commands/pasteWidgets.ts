import type { PageDoc, Widget } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";
import { clampInt, GRID_COLUMNS, MAX_ROW } from "./grid";
import type { Shortcut } from "./shortcut";

export interface PasteWidgetsArgs {
  /** Clipboard content from `copyWidgets`: roots with their descendants. */
  widgets: readonly Widget[];
  /** Makes a fresh widget id; called once per pasted widget. */
  newId: () => string;
  /** Rows added to each pasted root, so the copy does not hide the original. */
  offsetRows?: number;
  /** Where the roots go; left out, each root keeps its parent when it is still on the page. */
  parentId?: string | null;
}

/** Result of a paste: the new doc and the ids of the pasted roots (the new selection). */
export interface PasteResult {
  doc: PageDoc;
  rootIds: string[];
}

/**
 * Pastes copied widgets with new ids and new names (Input1 pasted next to Input1 and Input2
 * becomes Input3), shifted down by `offsetRows`; nested widgets keep their place in their copied
 * parent.
 */
export function pasteWidgets(doc: PageDoc, args: PasteWidgetsArgs): PasteResult {
  const offset = args.offsetRows ?? 2;
  const copiedIds = new Set(args.widgets.map((w) => w.id));
  const idMap = new Map(args.widgets.map((w) => [w.id, args.newId()]));
  const existingIds = new Set(doc.widgets.map((w) => w.id));
  const taken = entityNames(doc);
  const rootIds: string[] = [];
  const pasted = args.widgets.map((w): Widget => {
    const isRoot = w.parentId === null || !copiedIds.has(w.parentId);
    const name = nextEntityName(w.type, taken);
    taken.add(name);
    const id = idMap.get(w.id)!;
    if (!isRoot) return { ...structuredClone(w), id, name, parentId: idMap.get(w.parentId!)! };
    rootIds.push(id);
    let parentId = args.parentId === undefined ? w.parentId : args.parentId;
    if (parentId !== null && !existingIds.has(parentId)) parentId = null;
    return {
      ...structuredClone(w),
      id,
      name,
      parentId,
      layout: {
        ...w.layout,
        x: clampInt(w.layout.x, 0, GRID_COLUMNS - w.layout.w),
        y: clampInt(w.layout.y + offset, 0, MAX_ROW),
      },
    };
  });
  return { doc: { ...doc, widgets: [...doc.widgets, ...pasted] }, rootIds };
}

export const pasteWidgetsShortcut: Shortcut = { keys: ["v"], mod: true, label: "Ctrl+V" };
