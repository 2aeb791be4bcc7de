let highlighted: HTMLElement | null = null;

/**
 * Outlines the grid a dragged widget would land in (the page, or a Container or Form), and
 * clears the previous one; `null` clears. Done on the DOM directly: it changes on every
 * pointer move, and re-rendering the canvas that often would make dragging stutter.
 */
export function highlightDropTarget(element: HTMLElement | null): void {
  if (highlighted === element) return;
  highlighted?.classList.remove("ae-drop-target");
  element?.classList.add("ae-drop-target");
  highlighted = element;
}
