import { GRID_COLUMNS, GRID_ROW_HEIGHT } from "../commands/grid";

/** The box of a parent's grid on screen, as `getBoundingClientRect` gives it. */
export interface GridBox {
  left: number;
  top: number;
  width: number;
}

/**
 * The grid cell under a screen point inside a parent's grid: columns are 1/64 of the width,
 * rows 10 px. Not clamped: the commands clamp, so this stays a plain conversion.
 */
export function gridPoint(box: GridBox, clientX: number, clientY: number): { x: number; y: number } {
  const columnWidth = box.width / GRID_COLUMNS;
  return {
    x: Math.floor((clientX - box.left) / columnWidth),
    y: Math.floor((clientY - box.top) / GRID_ROW_HEIGHT),
  };
}

/** A screen distance as whole grid cells, rounded to the nearest cell (for drags and resizes). */
export function gridDelta(box: GridBox, dx: number, dy: number): { dx: number; dy: number } {
  const columnWidth = box.width / GRID_COLUMNS;
  return { dx: Math.round(dx / columnWidth), dy: Math.round(dy / GRID_ROW_HEIGHT) };
}
