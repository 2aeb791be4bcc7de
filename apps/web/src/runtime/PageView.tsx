import { rowEntityName } from "@tessera/engine";
import type { Widget } from "@tessera/model";
import { GRID_ROW_HEIGHT, getWidgetDefinition, gridContentHeight } from "@tessera/widgets";
import { type ReactNode, useMemo } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";
import { WidgetView } from "./WidgetView";

/**
 * The widgets of the current page, containers with their children, on the 64-column grid: a
 * Tabs widget's children by tab (renderSlot), a List's template once per item (renderItem).
 */
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

  const renderLevel = (list: Widget[], parentInvalid: boolean, row: number | undefined): ReactNode =>
    list.map((widget) => {
      const own = children.get(widget.id);
      const invalidInside = own ? own.some(isInvalid) : false;
      // A widget of a List's template, drawn for one item: that row's values over its own.
      const rowName = row === undefined ? undefined : rowEntityName(widget.name, row);
      const values =
        rowName && state.values[rowName]
          ? { ...state.values[widget.name], ...state.values[rowName] }
          : state.values[widget.name];
      const errors = rowName ? errorsByWidget[rowName] : errorsByWidget[widget.name];
      const repeats = own !== undefined && getWidgetDefinition(widget.type)?.repeat !== undefined;
      return (
        <WidgetView
          key={widget.id}
          runtime={runtime}
          widget={widget}
          values={values}
          meta={meta[widget.name]}
          errors={errors}
          parentInvalid={parentInvalid}
          pending={snapshot.pending.has(widget.name)}
          row={row}
          renderSlot={
            own
              ? (slot, withUnplaced) =>
                  renderLevel(
                    own.filter((child) => child.slot === slot || (withUnplaced && child.slot === undefined)),
                    invalidInside,
                    row,
                  )
              : undefined
          }
          renderItem={
            repeats
              ? (item) => (
                  <div
                    style={{
                      position: "relative",
                      height: gridContentHeight(own.map((child) => child.layout)) + GRID_ROW_HEIGHT,
                    }}
                  >
                    {renderLevel(own, invalidInside, item)}
                  </div>
                )
              : undefined
          }
        >
          {own && !repeats ? renderLevel(own, invalidInside, row) : null}
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
      {renderLevel(roots, pageInvalid, undefined)}
    </main>
  );
}
