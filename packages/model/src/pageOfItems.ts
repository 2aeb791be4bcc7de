/** The items of one page of a paged list, and the index of its first item in the whole list. */
export interface ItemsPage<T = unknown> {
  items: T[];
  firstIndex: number;
  /** The page shown, clamped to the pages there are. */
  pageNo: number;
  /** Pages there are (at least 1, so page 1 of an empty list exists). */
  pageCount: number;
}

/**
 * The slice of `items` a paged widget (List) shows: page numbers start at 1 and are clamped to
 * the pages there are; a page size of 0 or less shows everything. The engine evaluates a
 * template per item of this slice and the renderer draws it, so both take it from here.
 * @example pageOfItems(["a", "b", "c"], 2, 2) // { items: ["c"], firstIndex: 2, pageNo: 2, pageCount: 2 }
 */
export function pageOfItems<T>(items: readonly T[], pageNo: number, pageSize: number): ItemsPage<T> {
  if (!(pageSize > 0)) return { items: [...items], firstIndex: 0, pageNo: 1, pageCount: 1 };
  const size = Math.floor(pageSize);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Math.floor(Number(pageNo) || 1)), pageCount);
  const firstIndex = (page - 1) * size;
  return { items: items.slice(firstIndex, firstIndex + size), firstIndex, pageNo: page, pageCount };
}
