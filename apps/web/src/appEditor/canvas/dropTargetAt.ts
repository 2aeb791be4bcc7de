import type { GridBox } from "./gridPoint";

/** A parent's grid under the pointer: the page (`parentId` null) or a Container or Form. */
export interface DropTarget {
  parentId: string | null;
  /** The part of the parent (a Tabs widget's tab) when its grid is one of several. */
  slot?: string;
  box: GridBox;
  /** The grid element, to highlight while dragging. */
  element: HTMLElement;
}

/**
 * The innermost canvas grid under a screen point, skipping the grids of `excluded` widgets
 * (the ones being dragged, so a container is never dropped into itself). Null when the point
 * is off the canvas. Grids carry `data-grid-parent` ("" for the page).
 */
export function dropTargetAt(
  clientX: number,
  clientY: number,
  excluded: ReadonlySet<string>,
): DropTarget | null {
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    if (!(element instanceof HTMLElement) || element.dataset.gridParent === undefined) continue;
    const parentId = element.dataset.gridParent || null;
    if (parentId !== null && excluded.has(parentId)) continue;
    const rect = element.getBoundingClientRect();
    const box = { left: rect.left, top: rect.top, width: rect.width };
    return { parentId, slot: element.dataset.gridSlot || undefined, box, element };
  }
  return null;
}
