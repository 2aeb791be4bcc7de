import { rowEntityName } from "@tessera/engine";
import type { Widget } from "@tessera/model";
import { GRID_ROW_HEIGHT, getWidgetDefinition, gridContentHeight, isInSlot } from "@tessera/widgets";
import { type ReactNode, useMemo } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";
import { WidgetView } from "./WidgetView";

/** One item of a List its template is drawn for: the row on the page shown, and its locals. */
type ListItem = { row: number; locals: Record<string, unknown> };

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

  const renderLevel = (list: Widget[], parentInvalid: boolean, item: ListItem | undefined): ReactNode =>
    list.map((widget) => {
      const own = children.get(widget.id);
      const invalidInside = own ? own.some(isInvalid) : false;
      // A widget of a List's template, drawn for one item: that row's values over its own.
      const rowName = item && rowEntityName(widget.name, item.row);
      const values =
        rowName && state.values[rowName]
          ? { ...state.values[widget.name], ...state.values[rowName] }
          : state.values[widget.name];
      const errors = rowName ? errorsByWidget[rowName] : errorsByWidget[widget.name];
      const repeat = own && getWidgetDefinition(widget.type)?.repeat;
      let renderItem: ((row: number, locals: Record<string, unknown>) => ReactNode) | undefined;
      if (own && repeat) {
        const height = gridContentHeight(own.map((child) => child.layout)) + GRID_ROW_HEIGHT;
        renderItem = (row, locals) => (
          <div style={{ position: "relative", height }}>
            {renderLevel(own, invalidInside, { row, locals })}
          </div>
        );
      }
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
          itemLocals={item?.locals}
          renderSlot={
            own
              ? (slot, slots) =>
                  renderLevel(
                    own.filter((child) => isInSlot(child.slot, slot, slots)),
                    invalidInside,
                    item,
                  )
              : undefined
          }
          renderItem={renderItem}
        >
          {own && !repeat ? renderLevel(own, invalidInside, item) : null}
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
