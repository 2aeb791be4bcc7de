import type { Widget } from "@tessera/model";
import { GRID_ROW_HEIGHT, gridContentHeight } from "@tessera/widgets";
import { type ReactNode, useMemo } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";
import { WidgetView } from "./WidgetView";

/** The widgets of the current page, containers with their children, on the 64-column grid. */
export function PageView({ runtime, snapshot }: { runtime: AppRuntime; snapshot: AppRuntimeSnapshot }) {
  const { page, state, meta } = snapshot;
  const children = useMemo(() => {
    const byParent = new Map<string | null, Widget[]>();
    for (const widget of page.widgets) {
      const list = byParent.get(widget.parentId) ?? [];
      list.push(widget);
      byParent.set(widget.parentId, list);
    }
    // Reading order (rows, then columns): the order of focus, and of the one column at phone width.
    for (const list of byParent.values())
      list.sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
    return byParent;
  }, [page]);

  const errorsByWidget = useMemo(() => {
    const grouped: Record<string, Record<string, string>> = {};
    for (const [path, message] of Object.entries(state.errors)) {
      const dot = path.indexOf(".");
      if (dot < 0) continue;
      const entity = path.slice(0, dot);
      grouped[entity] = { ...grouped[entity], [path.slice(dot + 1)]: message };
    }
    return grouped;
  }, [state.errors]);

  // An Input is invalid when its own isValid (derived on this thread) says so.
  const isInvalid = (widget: Widget): boolean => {
    const valid = meta[widget.name]?.isValid ?? state.values[widget.name]?.isValid;
    if (valid === false) return true;
    return (children.get(widget.id) ?? []).some(isInvalid);
  };

  const renderLevel = (parentId: string | null, parentInvalid: boolean): ReactNode =>
    (children.get(parentId) ?? []).map((widget) => {
      const own = children.get(widget.id);
      const invalidInside = own ? own.some(isInvalid) : false;
      return (
        <WidgetView
          key={widget.id}
          runtime={runtime}
          widget={widget}
          values={state.values[widget.name]}
          meta={meta[widget.name]}
          errors={errorsByWidget[widget.name]}
          parentInvalid={parentInvalid}
          pending={snapshot.pending.has(widget.name)}
        >
          {own ? renderLevel(widget.id, invalidInside) : null}
        </WidgetView>
      );
    });

  const roots = children.get(null) ?? [];
  const pageInvalid = roots.some((widget) => !children.has(widget.id) && isInvalid(widget));
  return (
    <main
      className="tv-page"
      style={{ height: gridContentHeight(roots.map((widget) => widget.layout)) + GRID_ROW_HEIGHT * 2 }}
    >
      {renderLevel(null, pageInvalid)}
    </main>
  );
}
