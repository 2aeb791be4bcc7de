import type { Widget } from "@tessera/model";
import type { ReactNode } from "react";
import { useEditorStore } from "../../store/editorStore";
import { ProblemMarker } from "./ProblemMarker";

/** The page's widgets as a tree (containers hold their children); a click selects. */
export function WidgetTree({ widgets }: { widgets: Widget[] }) {
  const selection = useEditorStore((s) => s.widgetSelection);
  const byParent = new Map<string | null, Widget[]>();
  for (const widget of widgets) {
    const list = byParent.get(widget.parentId) ?? [];
    list.push(widget);
    byParent.set(widget.parentId, list);
  }
  const level = (parentId: string | null): ReactNode => {
    const children = byParent.get(parentId);
    if (!children) return null;
    return (
      <ul className="ae-list" aria-label={parentId === null ? "Widget tree" : undefined}>
        {children.map((widget) => (
          <li key={widget.id}>
            <div className="ae-item">
              <button
                type="button"
                className="ae-item-main"
                aria-current={selection.includes(widget.id) ? "true" : undefined}
                onClick={(event) => {
                  const store = useEditorStore.getState();
                  store.focusEntity(null);
                  if (event.shiftKey || event.ctrlKey || event.metaKey) {
                    store.selectWidgets(
                      selection.includes(widget.id)
                        ? selection.filter((id) => id !== widget.id)
                        : [...selection, widget.id],
                    );
                  } else store.selectWidgets([widget.id]);
                }}
              >
                {widget.name} <span className="ae-hint">{widget.type}</span>
                <ProblemMarker entity={widget.name} />
              </button>
            </div>
            {level(widget.id)}
          </li>
        ))}
      </ul>
    );
  };
  return widgets.length === 0 ? (
    <p className="ae-hint">Drag widgets from the palette onto the canvas.</p>
  ) : (
    level(null)
  );
}
