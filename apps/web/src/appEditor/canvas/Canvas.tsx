import type { EvaluationResult } from "@tessera/engine";
import type { Layout, PageDoc, Widget } from "@tessera/model";
import { getWidgetDefinition, gridContentHeight, isInSlot } from "@tessera/widgets";
import { type PointerEvent, type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { useEditorStore } from "../../store/editorStore";
import { GRID_COLUMNS, GRID_ROW_HEIGHT } from "../commands/grid";
import { moveWidget } from "../commands/moveWidget";
import { nudgeWidgets } from "../commands/nudgeWidgets";
import { resizeWidget } from "../commands/resizeWidget";
import { withDescendants } from "../commands/widgetTree";
import type { DocTarget } from "../docTarget";
import { placeWidget } from "../palette/placeWidget";
import { CanvasWidget, type ResizeHandle } from "./CanvasWidget";
import { dropTargetAt } from "./dropTargetAt";
import { gridDelta, gridPoint } from "./gridPoint";
import { highlightDropTarget } from "./highlightDropTarget";

const NO_WIDGETS: readonly Widget[] = [];
/** What a widget without evaluation errors gets: one array, so its memo holds across renders. */
const NO_ERRORS: string[] = [];

/** Pointer travel, in px, before a press on a widget becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

type Gesture =
  | { kind: "drag"; ids: string[]; dx: number; dy: number }
  | { kind: "resize"; id: string; layout: Layout };

/**
 * The page's widgets on the 64-column grid: click selects (Shift/Ctrl/Cmd+click adds), drag
 * moves (into or out of a Container or Form), handles resize. A palette item picked by click
 * is placed by the next click on the canvas.
 */
export function Canvas({
  target,
  doc,
  evaluation,
  lockedWidgets = NO_WIDGETS,
}: {
  target: DocTarget;
  doc: PageDoc;
  evaluation: EvaluationResult | null;
  /**
   * Widgets shown inside the doc's but not part of it (a UI module instance's inside, laid
   * out by expandUiModules): not selectable, a press on one selects its instance.
   */
  lockedWidgets?: readonly Widget[];
}) {
  const selection = useEditorStore((s) => s.widgetSelection);
  const placing = useEditorStore((s) => s.placingWidget);
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  const byParent = useMemo(() => {
    const map = new Map<string | null, Widget[]>();
    for (const widget of [...doc.widgets, ...lockedWidgets]) {
      const list = map.get(widget.parentId) ?? [];
      list.push(widget);
      map.set(widget.parentId, list);
    }
    return map;
  }, [doc.widgets, lockedWidgets]);
  const locked = useMemo(() => new Set(lockedWidgets.map((w) => w.id)), [lockedWidgets]);

  const errorsByWidget = useMemo(() => {
    const grouped: Record<string, string[]> = {};
    for (const [path, message] of Object.entries(evaluation?.errors ?? {})) {
      const entity = path.split(".")[0];
      grouped[entity] = [...(grouped[entity] ?? []), `${path}: ${message}`];
    }
    return grouped;
  }, [evaluation?.errors]);

  const edit = useCallback((command: (d: PageDoc) => PageDoc) => target.edit(command), [target]);

  const onWidgetPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>, widget: Widget) => {
      if (event.button !== 0 || useEditorStore.getState().placingWidget) return;
      // The innermost widget handles the press; its containers must not start their own drag.
      event.stopPropagation();
      event.preventDefault();
      event.currentTarget.focus({ preventScroll: true });
      const store = useEditorStore.getState();
      const current = selectionRef.current;
      if (event.shiftKey || event.ctrlKey || event.metaKey) {
        store.selectWidgets(
          current.includes(widget.id) ? current.filter((id) => id !== widget.id) : [...current, widget.id],
        );
        return;
      }
      const ids = current.includes(widget.id) ? current : [widget.id];
      if (ids !== current) store.selectWidgets(ids);

      const startX = event.clientX;
      const startY = event.clientY;
      const rect = event.currentTarget.getBoundingClientRect();
      const grab = { x: startX - rect.left, y: startY - rect.top };
      const parentGrid = event.currentTarget.parentElement?.getBoundingClientRect();
      let dragging = false;

      const onMove = (move: globalThis.PointerEvent) => {
        const dx = move.clientX - startX;
        const dy = move.clientY - startY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        dragging = true;
        setGesture({ kind: "drag", ids, dx, dy });
        if (ids.length === 1) {
          const excluded = withDescendants(docRef.current.widgets, ids);
          highlightDropTarget(dropTargetAt(move.clientX, move.clientY, excluded)?.element ?? null);
        }
      };
      const onUp = (up: globalThis.PointerEvent) => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        setGesture(null);
        highlightDropTarget(null);
        if (!dragging) return;
        const dx = up.clientX - startX;
        const dy = up.clientY - startY;
        if (ids.length > 1) {
          if (!parentGrid) return;
          const delta = gridDelta(parentGrid, dx, dy);
          edit((d) => nudgeWidgets(d, { ids, dx: delta.dx, dy: delta.dy }));
          return;
        }
        const excluded = withDescendants(docRef.current.widgets, [widget.id]);
        const target = dropTargetAt(up.clientX, up.clientY, excluded);
        if (!target) return;
        // The widget's top-left corner lands on the nearest cell of the grid under the pointer.
        const half = { x: target.box.width / GRID_COLUMNS / 2, y: GRID_ROW_HEIGHT / 2 };
        const cell = gridPoint(target.box, up.clientX - grab.x + half.x, up.clientY - grab.y + half.y);
        edit((d) =>
          moveWidget(d, {
            id: widget.id,
            x: cell.x,
            y: cell.y,
            parentId: target.parentId,
            slot: target.slot,
          }),
        );
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
    },
    [edit],
  );

  const onResizeStart = useCallback(
    (event: PointerEvent<HTMLElement>, widget: Widget, handle: ResizeHandle) => {
      if (event.button !== 0) return;
      event.stopPropagation();
      event.preventDefault();
      const grid = event.currentTarget.closest("[data-widget-id]")?.parentElement?.getBoundingClientRect();
      if (!grid) return;
      const startX = event.clientX;
      const startY = event.clientY;
      const start = widget.layout;
      let latest = start;
      const layoutFor = (clientX: number, clientY: number): Layout => {
        const { dx, dy } = gridDelta(grid, clientX - startX, clientY - startY);
        const next = { ...start };
        if (handle === "e" || handle === "se") next.w = Math.max(1, start.w + dx);
        if (handle === "s" || handle === "se") next.h = Math.max(1, start.h + dy);
        if (handle === "w") {
          const x = Math.min(Math.max(0, start.x + dx), start.x + start.w - 1);
          next.x = x;
          next.w = start.w + (start.x - x);
        }
        if (handle === "n") {
          const y = Math.min(Math.max(0, start.y + dy), start.y + start.h - 1);
          next.y = y;
          next.h = start.h + (start.y - y);
        }
        next.w = Math.min(next.w, GRID_COLUMNS - next.x);
        return next;
      };
      const onMove = (move: globalThis.PointerEvent) => {
        latest = layoutFor(move.clientX, move.clientY);
        setGesture({ kind: "resize", id: widget.id, layout: latest });
      };
      const onUp = (up: globalThis.PointerEvent) => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        setGesture(null);
        latest = layoutFor(up.clientX, up.clientY);
        edit((d) => resizeWidget(d, { id: widget.id, ...latest }));
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
    },
    [edit],
  );

  const onKeySelect = useCallback((widget: Widget, additive: boolean) => {
    const store = useEditorStore.getState();
    const current = selectionRef.current;
    if (!additive) store.selectWidgets([widget.id]);
    else if (!current.includes(widget.id)) store.selectWidgets([...current, widget.id]);
  }, []);

  const onCanvasPointerDownCapture = (event: PointerEvent<HTMLDivElement>) => {
    const item = useEditorStore.getState().placingWidget;
    if (!item || event.button !== 0) return;
    // While placing, a click anywhere on the canvas drops the picked widget there.
    event.stopPropagation();
    event.preventDefault();
    placeWidget(target, item, event.clientX, event.clientY);
  };

  const onCanvasPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button === 0 && !(event.target as HTMLElement).closest("[data-widget-id]")) {
      useEditorStore.getState().selectWidgets([]);
    }
  };

  const renderLevel = (parentId: string | null): ReactNode => renderWidgets(byParent.get(parentId) ?? []);
  const renderWidgets = (list: Widget[]): ReactNode =>
    list.map((widget) => {
      const definition = getWidgetDefinition(widget.type);
      const dragged = gesture?.kind === "drag" && gesture.ids.includes(widget.id);
      const resized = gesture?.kind === "resize" && gesture.id === widget.id;
      return (
        <CanvasWidget
          key={widget.id}
          widget={widget}
          values={evaluation?.values[widget.name]}
          errors={errorsByWidget[widget.name] ?? NO_ERRORS}
          selected={selection.includes(widget.id)}
          locked={locked.has(widget.id)}
          layoutOverride={resized ? gesture.layout : undefined}
          dragOffset={dragged ? { dx: gesture.dx, dy: gesture.dy } : undefined}
          onPointerDown={onWidgetPointerDown}
          onResizeStart={onResizeStart}
          onKeySelect={onKeySelect}
          renderSlot={
            definition?.isContainer
              ? (slot, slots) => (
                  <div
                    className={locked.has(widget.id) ? "ae-grid ae-grid-locked" : "ae-grid"}
                    data-grid-parent={locked.has(widget.id) ? undefined : widget.id}
                    data-grid-slot={slot}
                  >
                    {renderWidgets(
                      (byParent.get(widget.id) ?? []).filter((child) => isInSlot(child.slot, slot, slots)),
                    )}
                  </div>
                )
              : undefined
          }
        >
          {definition?.isContainer && (widget.module || locked.has(widget.id)) ? (
            // A UI module's inside is no drop target, and a press on it selects the instance.
            <div className="ae-grid ae-grid-locked">{renderLevel(widget.id)}</div>
          ) : definition?.isContainer ? (
            <div className="ae-grid" data-grid-parent={widget.id}>
              {renderLevel(widget.id)}
            </div>
          ) : null}
        </CanvasWidget>
      );
    });

  const roots = byParent.get(null) ?? [];
  // Room below the lowest widget to drop new ones.
  const height = Math.max(600, gridContentHeight(roots.map((w) => w.layout)) + 300);

  return (
    <section
      className={placing ? "ae-canvas ae-placing" : "ae-canvas"}
      aria-label="Canvas"
      onPointerDownCapture={onCanvasPointerDownCapture}
      onPointerDown={onCanvasPointerDown}
    >
      <div className="ae-grid" data-grid-parent="" style={{ height }}>
        {renderLevel(null)}
      </div>
    </section>
  );
}
