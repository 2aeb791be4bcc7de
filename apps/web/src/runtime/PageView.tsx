import { type EvaluationResult, rowEntityName } from "@tessera/engine";
import type { ViewerPage, Widget } from "@tessera/model";
import { GRID_ROW_HEIGHT, getWidgetDefinition, gridContentHeight, isInSlot } from "@tessera/widgets";
import { type ReactNode, useMemo } from "react";
import type { AppRuntime, AppRuntimeSnapshot } from "./createAppRuntime";
import { useAppRuntimeValue, useWidgetParts } from "./useAppRuntime";
import { WidgetView, type WidgetViewProps } from "./WidgetView";

/** One item of a List its template is drawn for: the row on the page shown, and its locals. */
type ListItem = { row: number; locals: Record<string, unknown> };

/** Evaluation errors grouped by entity, made once per errors object (every widget asks). */
const groupedErrors = new WeakMap<EvaluationResult["errors"], Record<string, Record<string, string>>>();

function errorsByEntity(errors: EvaluationResult["errors"]): Record<string, Record<string, string>> {
  let grouped = groupedErrors.get(errors);
  if (!grouped) {
    grouped = {};
    for (const [path, message] of Object.entries(errors)) {
      const dot = path.indexOf(".");
      if (dot < 0) continue;
      const entity = path.slice(0, dot);
      grouped[entity] = { ...grouped[entity], [path.slice(dot + 1)]: message };
    }
    groupedErrors.set(errors, grouped);
  }
  return grouped;
}

/**
 * The names of the widgets whose own isValid (derived on this thread, or the engine's) is
 * false, as one string: PageView re-renders when it changes, not on every keystroke.
 */
function invalidWidgetsKey(snapshot: AppRuntimeSnapshot): string {
  const names: string[] = [];
  for (const widget of snapshot.page.widgets) {
    const valid = snapshot.meta[widget.name]?.isValid ?? snapshot.state.values[widget.name]?.isValid;
    if (valid === false) names.push(widget.name);
  }
  return names.join("\n");
}

/**
 * The widgets of the current page, containers with their children, on the 64-column grid: a
 * Tabs widget's children by tab (renderSlot), a List's template once per item (renderItem).
 * Each widget follows its own values, meta and errors (WidgetSlot), so a change re-renders the
 * widgets it touches; the page itself re-renders when its widgets or their validity change.
 */
export function PageView({ runtime, page }: { runtime: AppRuntime; page: ViewerPage }) {
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

  const invalidKey = useAppRuntimeValue(runtime, invalidWidgetsKey);
  const invalidOwn = useMemo(() => new Set(invalidKey.split("\n")), [invalidKey]);
  // An Input is invalid when its own isValid says so; a container when a widget inside is.
  const isInvalid = (widget: Widget): boolean =>
    invalidOwn.has(widget.name) || (children.get(widget.id) ?? []).some(isInvalid);

  const renderLevel = (list: Widget[], parentInvalid: boolean, item: ListItem | undefined): ReactNode =>
    list.map((widget) => {
      const own = children.get(widget.id);
      const invalidInside = own ? own.some(isInvalid) : false;
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
        <WidgetSlot
          key={widget.id}
          runtime={runtime}
          widget={widget}
          row={item?.row}
          parentInvalid={parentInvalid}
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
        </WidgetSlot>
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

type WidgetSlotProps = Omit<WidgetViewProps, "values" | "meta" | "errors" | "pending"> & {
  /** The List row this widget is drawn for, in a List's template. */
  row?: number;
};

/** One widget following its own part of the runtime's snapshot. */
function WidgetSlot({ runtime, widget, row, ...rest }: WidgetSlotProps) {
  // A widget of a List's template, drawn for one item: that row's values over its own.
  const rowName = row === undefined ? undefined : rowEntityName(widget.name, row);
  const [own, ofRow, meta, errors, pending] = useWidgetParts(
    runtime,
    widget.name,
    (snapshot) =>
      [
        snapshot.state.values[widget.name],
        rowName ? snapshot.state.values[rowName] : undefined,
        snapshot.meta[widget.name],
        errorsByEntity(snapshot.state.errors)[rowName ?? widget.name],
        snapshot.pending.has(widget.name),
      ] as const,
  );
  const values = useMemo(() => (ofRow ? { ...own, ...ofRow } : own), [own, ofRow]);
  return (
    <WidgetView
      runtime={runtime}
      widget={widget}
      values={values}
      meta={meta}
      errors={errors}
      pending={pending}
      {...rest}
    />
  );
}
