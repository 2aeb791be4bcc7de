import type { PageDoc } from "@tessera/model";

/**
 * Sets props of one widget. A value of `undefined` removes the prop, so the widget falls back
 * to its definition's default.
 */
export function updateWidgetProps(
  doc: PageDoc,
  args: { id: string; props: Record<string, unknown> },
): PageDoc {
  const widget = doc.widgets.find((w) => w.id === args.id);
  if (!widget) return doc;
  const props = { ...widget.props };
  for (const [key, value] of Object.entries(args.props)) {
    if (value === undefined) delete props[key];
    else props[key] = value;
  }
  return { ...doc, widgets: doc.widgets.map((w) => (w.id === args.id ? { ...w, props } : w)) };
}
