import { widgetDefinitions } from "@tessera/widgets";
import { type MouseEvent, type PointerEvent, useMemo, useRef, useState } from "react";
import { useEditorStore } from "../../store/editorStore";
import { dropTargetAt } from "../canvas/dropTargetAt";
import { highlightDropTarget } from "../canvas/highlightDropTarget";
import type { DocTarget } from "../docTarget";
import { appendWidget } from "./appendWidget";
import { type PaletteItem, widgetTypeItem } from "./paletteItem";
import { placeWidget } from "./placeWidget";

const DRAG_THRESHOLD = 4;

/** A titled group of palette items below the widgets: a package's UI modules. */
export interface PaletteSection {
  title: string;
  items: PaletteItem[];
}

/**
 * The widget palette, and below it `sections` (the UI modules of the workspace's packages in
 * the app editor). Three ways in: drag an item onto the canvas; click it, then click the
 * canvas where it goes; or press Enter on it to add it below the last widget.
 */
export function WidgetPalette({ target, sections = [] }: { target: DocTarget; sections?: PaletteSection[] }) {
  const placing = useEditorStore((s) => s.placingWidget);
  const [ghost, setGhost] = useState<{ label: string; x: number; y: number } | null>(null);
  // A drag ends with a click on the item it started from; that click must not arm placing.
  const suppressClick = useRef(false);
  const widgetItems = useMemo(
    () =>
      widgetDefinitions()
        .filter((definition) => definition.inPalette !== false)
        .map((definition) => ({
          item: widgetTypeItem(definition.type, definition.label),
          icon: definition.icon,
        })),
    [],
  );

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, item: PaletteItem) => {
    if (event.button !== 0) return;
    const startX = event.clientX;
    const startY = event.clientY;
    let dragging = false;
    suppressClick.current = false;
    const onMove = (move: globalThis.PointerEvent) => {
      if (!dragging && Math.hypot(move.clientX - startX, move.clientY - startY) < DRAG_THRESHOLD) return;
      dragging = true;
      setGhost({ label: item.label, x: move.clientX, y: move.clientY });
      highlightDropTarget(dropTargetAt(move.clientX, move.clientY, new Set())?.element ?? null);
    };
    const onUp = (up: globalThis.PointerEvent) => {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      setGhost(null);
      highlightDropTarget(null);
      if (!dragging) return;
      suppressClick.current = true;
      placeWidget(target, item, up.clientX, up.clientY);
    };
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onUp);
  };

  const onClick = (event: MouseEvent<HTMLButtonElement>, item: PaletteItem) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    // detail is 0 for a click made with the keyboard (Enter or Space).
    if (event.detail === 0) {
      appendWidget(target, item);
      return;
    }
    const store = useEditorStore.getState();
    store.setPlacingWidget(store.placingWidget?.key === item.key ? null : item);
  };

  const button = (item: PaletteItem, icon: string, ariaLabel: string) => (
    <button
      key={item.key}
      type="button"
      className="ae-palette-item"
      aria-label={ariaLabel}
      aria-pressed={placing?.key === item.key}
      title="Drag onto the canvas, or click and then click the canvas"
      data-widget-type={item.type}
      onPointerDown={(event) => onPointerDown(event, item)}
      onClick={(event) => onClick(event, item)}
    >
      <span aria-hidden="true">{icon}</span>
      {item.label}
    </button>
  );

  return (
    <section className="ae-panel" aria-labelledby="ae-palette-title">
      <h2 id="ae-palette-title">Widgets</h2>
      <div className="ae-palette">
        {widgetItems.map(({ item, icon }) => button(item, icon, `Add ${item.label} widget`))}
      </div>
      {sections.map((section) => (
        <section key={section.title} aria-label={`UI modules of ${section.title}`}>
          <h3 className="ae-palette-section">{section.title}</h3>
          <div className="ae-palette">
            {section.items.map((item) => button(item, "▣", `Add ${item.label} UI module`))}
          </div>
        </section>
      ))}
      {placing ? (
        <p className="ae-hint" role="status">
          Click on the canvas to place the {placing.label}. Press Escape to cancel.
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
