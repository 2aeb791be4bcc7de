import type { Layout } from "@tessera/model";
import type { CSSProperties } from "react";

/** Columns of the layout grid. */
export const GRID_COLUMNS = 64;
/** Height of one grid row in pixels. */
export const GRID_ROW_HEIGHT = 10;

/**
 * Absolute position of a widget inside its parent: columns become percentages so a page
 * follows the window width, rows stay fixed pixels.
 * @example <div style={layoutToStyle(widget.layout)} />
 */
export function layoutToStyle(layout: Layout): CSSProperties {
  return {
    position: "absolute",
    left: `${(layout.x / GRID_COLUMNS) * 100}%`,
    top: layout.y * GRID_ROW_HEIGHT,
    width: `${(Math.min(layout.w, GRID_COLUMNS - layout.x) / GRID_COLUMNS) * 100}%`,
    height: layout.h * GRID_ROW_HEIGHT,
  };
}

/** Height in pixels a parent needs so the lowest of its widgets fits. */
export function gridContentHeight(layouts: Layout[]): number {
  let rows = 0;
  for (const layout of layouts) rows = Math.max(rows, layout.y + layout.h);
  return rows * GRID_ROW_HEIGHT;
}
