import { widgetDefinitions } from "@tessera/widgets";
import { type MouseEvent, type PointerEvent, useRef, useState } from "react";
import { useEditorStore } from "../../store/editorStore";
import { dropTargetAt } from "../canvas/dropTargetAt";
import { highlightDropTarget } from "../canvas/highlightDropTarget";
import { appendWidget } from "./appendWidget";
import { placeWidget } from "./placeWidget";

const DRAG_THRESHOLD = 4;

/**
 * The widget palette. Three ways in: drag an item onto the canvas; click it, then click the
 * canvas where it goes; or press Enter on it to add it below the last widget.
 */
export function WidgetPalette({ pageId }: { pageId: string }) {
  const placing = useEditorStore((s) => s.placingWidgetType);
  const [ghost, setGhost] = useState<{ label: string; x: number; y: number } | null>(null);
  // A drag ends with a click on the item it started from; that click must not arm placing.
  const suppressClick = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, type: string, label: string) => {
    if (event.button !== 0) return;
    const startX = event.clientX;
    const startY = event.clientY;
    let dragging = false;
    suppressClick.current = false;
    const onMove = (move: globalThis.PointerEvent) => {
      if (!dragging && Math.hypot(move.clientX - startX, move.clientY - startY) < DRAG_THRESHOLD) return;
      dragging = true;
      setGhost({ label, x: move.clientX, y: move.clientY });
      highlightDropTarget(dropTargetAt(move.clientX, move.clientY, new Set())?.element ?? null);
    };
    const onUp = (up: globalThis.PointerEvent) => {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      setGhost(null);
      highlightDropTarget(null);
      if (!dragging) return;
      suppressClick.current = true;
      placeWidget(pageId, type, up.clientX, up.clientY);
    };
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onUp);
  };

  const onClick = (event: MouseEvent<HTMLButtonElement>, type: string) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    // detail is 0 for a click made with the keyboard (Enter or Space).
    if (event.detail === 0) {
      appendWidget(pageId, type);
      return;
    }
    const store = useEditorStore.getState();
    store.setPlacingWidgetType(store.placingWidgetType === type ? null : type);
  };

  return (
    <section className="ae-panel" aria-labelledby="ae-palette-title">
      <h2 id="ae-palette-title">Widgets</h2>
      <div className="ae-palette">
        {widgetDefinitions()
          .filter((definition) => definition.inPalette !== false)
          .map((definition) => (
            <button
              key={definition.type}
              type="button"
              className="ae-palette-item"
              aria-label={`Add ${definition.label} widget`}
              aria-pressed={placing === definition.type}
              title="Drag onto the canvas, or click and then click the canvas"
              data-widget-type={definition.type}
              onPointerDown={(event) => onPointerDown(event, definition.type, definition.label)}
              onClick={(event) => onClick(event, definition.type)}
            >
              <span aria-hidden="true">{definition.icon}</span>
              {definition.label}
            </button>
          ))}
      </div>
      {placing ? (
        <p className="ae-hint" role="status">
          Click on the canvas to place the {placing}. Press Escape to cancel.
        </p>
      ) : null}
      {ghost ? (
        <div className="ae-drag-ghost" style={{ left: ghost.x + 8, top: ghost.y + 8 }} aria-hidden="true">
          {ghost.label}
        </div>
      ) : null}
    </section>
  );
}
