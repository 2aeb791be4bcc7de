/** Columns of the layout grid of every parent (the page and each Container or Form). */
export const GRID_COLUMNS = 64;

/** Height of one grid row in CSS pixels. */
export const GRID_ROW_HEIGHT = 10;

/** Upper bounds of the layout schema (packages/model page.ts): a save past them would fail. */
export const MAX_ROW = 10_000;
export const MAX_HEIGHT = 1_000;

/** Clamps a number to an integer in [min, max]. */
export function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}
