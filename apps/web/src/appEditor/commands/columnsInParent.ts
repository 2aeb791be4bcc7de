import type { PageDoc } from "@tessera/model";
import { clampInt, GRID_COLUMNS } from "./grid";

/**
 * A width given in page columns, converted to columns of a parent's own grid. Every
 * Container and Form has 64 columns of its own, so a default Input (20 page columns) dropped
 * into a Form 24 columns wide must take 53 of the Form's columns to keep its size on screen.
 */
export function columnsInParent(doc: PageDoc, parentId: string | null, pageColumns: number): number {
  return clampInt(pageColumns / parentWidthOnPage(doc, parentId), 1, GRID_COLUMNS);
}

/**
 * The share of the page's width a parent's grid spans (1 for the page): each nested level is a
 * fraction of the one around it.
 */
export function parentWidthOnPage(doc: PageDoc, parentId: string | null): number {
  let scale = 1;
  let current = parentId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const parent = doc.widgets.find((w) => w.id === current);
    if (!parent) break;
    scale *= parent.layout.w / GRID_COLUMNS;
    current = parent.parentId;
  }
  return scale;
}
