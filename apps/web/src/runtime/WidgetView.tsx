import type { Widget } from "@tessera/model";
import {
  getWidgetDefinition,
  getWidgetRenderer,
  layoutToStyle,
  widgetMetaOf,
  widgetPropsOf,
} from "@tessera/widgets";
import { memo, type ReactNode, useCallback, useMemo } from "react";
import type { AppRuntime } from "./createAppRuntime";
import { UnknownWidget } from "./UnknownWidget";

export interface WidgetViewProps {
  runtime: AppRuntime;
  widget: Widget;
  /** Evaluated props and engine-side meta of this widget. */
  values: Record<string, unknown> | undefined;
  /** Meta set on this thread, ahead of the engine. */
  meta: Record<string, unknown> | undefined;
  /** Evaluation errors of this widget by prop. */
  errors: Record<string, string> | undefined;
  parentInvalid: boolean;
  /**
   * Waiting for the engine's first evaluation: its box keeps its place, invisible and empty.
   * Its renderer waits too, as it would draw defaults nobody sees (a Table of sample rows
   * cost the first paint, and so the engine's start, tens of ms).
   */
  pending: boolean;
  /** `currentItem` and `currentIndex` of the List item this widget is drawn for, in a List's template. */
  itemLocals?: Record<string, unknown>;
  renderSlot?: (slot: string, slots: readonly string[]) => ReactNode;
  renderItem?: (row: number, locals: Record<string, unknown>) => ReactNode;
  children?: ReactNode;
}

/**
 * One widget, positioned on its parent's grid. A prop that failed to evaluate marks the
 * widget with an error outline and the messages as its description; the widget still renders.
 */
export const WidgetView = memo(function WidgetView({
  runtime,
  widget,
  values,
  meta,
  errors,
  parentInvalid,
  pending,
  itemLocals,
  renderSlot,
  renderItem,
  children,
}: WidgetViewProps) {
  const definition = getWidgetDefinition(widget.type);
  const Renderer = getWidgetRenderer(widget.type);
  const props = useMemo(
    () => (definition ? widgetPropsOf(definition, values, errors) : {}),
    [definition, values, errors],
  );
  const mergedMeta = useMemo(
    () => (definition ? widgetMetaOf(definition, { ...values, ...meta }) : {}),
    [definition, values, meta],
  );
  const setMeta = useCallback(
    (next: Record<string, unknown>) => runtime.setMeta(widget.name, next),
    [runtime, widget.name],
  );
  const runEvent = useCallback(
    (event: string, locals?: Record<string, unknown>) =>
      runtime.runEvent(widget.name, event, locals ?? itemLocals),
    [runtime, widget.name, itemLocals],
  );

  if (props.isVisible === false) return null;
  const errorText = errors
    ? Object.entries(errors)
        .map(([prop, message]) => `${widget.name}.${prop}: ${message}`)
        .join("\n")
    : "";

  return (
    <div
      className={errorText ? "tv-widget tv-widget-error" : "tv-widget"}
      style={
        pending ? { ...layoutToStyle(widget.layout), visibility: "hidden" } : layoutToStyle(widget.layout)
      }
      data-widget={widget.name}
      title={errorText || undefined}
    >
      {pending ? null : Renderer && definition ? (
        <Renderer
          name={widget.name}
          props={props}
          meta={mergedMeta}
          setMeta={setMeta}
          runEvent={runEvent}
          parentInvalid={parentInvalid}
          renderSlot={renderSlot}
          renderItem={renderItem}
        >
          {children}
        </Renderer>
      ) : (
        <UnknownWidget type={widget.type} />
      )}
    </div>
  );
});
