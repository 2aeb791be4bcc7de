import type { Widget } from "@tessera/model";

/** The ids of the given widgets and of everything nested inside them. */
export function withDescendants(widgets: readonly Widget[], ids: Iterable<string>): Set<string> {
  const result = new Set(ids);
  // Parents may come after their children in the array, so repeat until nothing is added.
  let grew = true;
  while (grew) {
    grew = false;
    for (const w of widgets) {
      if (w.parentId !== null && result.has(w.parentId) && !result.has(w.id)) {
        result.add(w.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The widgets whose parent is `parentId` (null: the page itself), in document order. */
export function childrenOf(widgets: readonly Widget[], parentId: string | null): Widget[] {
  return widgets.filter((w) => w.parentId === parentId);
}
