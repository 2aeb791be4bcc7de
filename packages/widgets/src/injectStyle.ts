const injected = new Set<string>();

/**
 * Adds a widget type's styles to the document once, when its renderer's chunk loads: the
 * styles of widgets a page does not show stay out of the viewer's script.
 */
export function injectStyle(id: string, css: string): void {
  if (injected.has(id) || typeof document === "undefined") return;
  injected.add(id);
  const style = document.createElement("style");
  style.dataset.widgetStyle = id;
  style.textContent = css;
  document.head.append(style);
}
