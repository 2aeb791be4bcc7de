import type { Layout, Widget } from "@tessera/model";
import {
  getWidgetDefinition,
  getWidgetRenderer,
  initialMetaOf,
  layoutToStyle,
  widgetMetaOf,
  widgetPropsOf,
} from "@tessera/widgets";
import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useMemo,
  useState,
} from "react";
import { UnknownWidget } from "../../runtime/UnknownWidget";

/** Edges and corners a widget can be resized from. */
export type ResizeHandle = "n" | "e" | "s" | "w" | "se";
const HANDLES: readonly ResizeHandle[] = ["n", "e", "s", "w", "se"];
const HANDLE_NAMES: Record<ResizeHandle, string> = {
  n: "top edge",
  e: "right edge",
  s: "bottom edge",
  w: "left edge",
  se: "bottom-right corner",
};

const noop = () => {};
const noEvent = async () => {};

export interface CanvasWidgetProps {
  widget: Widget;
  /** Evaluated props and meta of the widget, when the evaluator has run. */
  values: Record<string, unknown> | undefined;
  errors: string[];
  selected: boolean;
  /** Shown only, as part of the widget around it (a UI module instance's inside). */
  locked?: boolean;
  /** Shown while dragging or resizing, before the command commits. */
  layoutOverride?: Layout;
  /** Screen offset while the widget is dragged. */
  dragOffset?: { dx: number; dy: number };
  onPointerDown: (event: PointerEvent<HTMLDivElement>, widget: Widget) => void;
  onResizeStart: (event: PointerEvent<HTMLElement>, widget: Widget, handle: ResizeHandle) => void;
  onKeySelect: (widget: Widget, additive: boolean) => void;
  /** A container's children in one of its parts (a Tabs widget's tab), on their own grid. */
  renderSlot?: (slot: string, slots: readonly string[]) => ReactNode;
  children?: ReactNode;
}

/**
 * A widget on the canvas: its real renderer showing evaluated values, inert so clicks select
 * and drag it, with its name tag and resize handles when selected.
 */
export const CanvasWidget = memo(function CanvasWidget(props: CanvasWidgetProps) {
  const { widget, values, errors, selected, layoutOverride, dragOffset, locked = false } = props;
  const definition = getWidgetDefinition(widget.type);
  const Renderer = getWidgetRenderer(widget.type);
  // Before the first evaluation, static props show as they are; binding text shows as typed.
  const source = values ?? widget.props;
  const rendererProps = useMemo(
    () => (definition ? widgetPropsOf(definition, source) : {}),
    [definition, source],
  );
  // A container's own controls change its meta here only (the tab a Tabs widget shows, so
  // its tabs are edited one at a time); the page's code does not run on the canvas.
  const [ownMeta, setOwnMeta] = useState<Record<string, unknown>>({});
  const setMeta = useCallback((next: Record<string, unknown>) => setOwnMeta((m) => ({ ...m, ...next })), []);
  const meta = useMemo(() => {
    if (!definition) return {};
    const current = { ...initialMetaOf(definition, rendererProps), ...values, ...ownMeta };
    return widgetMetaOf(definition, {
      ...current,
      ...definition.deriveMeta?.(rendererProps, widgetMetaOf(definition, current)),
    });
  }, [definition, rendererProps, values, ownMeta]);
  const style = layoutToStyle(layoutOverride ?? widget.layout);
  if (dragOffset) style.transform = `translate(${dragOffset.dx}px, ${dragOffset.dy}px)`;
  const hidden = rendererProps.isVisible === false;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      props.onKeySelect(widget, event.shiftKey || event.ctrlKey || event.metaKey);
    }
  };

  // The renderer with the canvas's values; its events never run here, and `rendererSetMeta`
  // says whether its own controls change its meta.
  const body = (rendererSetMeta: (next: Record<string, unknown>) => void) =>
    Renderer && definition ? (
      <Renderer
        name={widget.name}
        props={rendererProps}
        meta={meta}
        setMeta={rendererSetMeta}
        runEvent={noEvent}
        parentInvalid={false}
        renderSlot={props.renderSlot}
        editing
      >
        {props.children}
      </Renderer>
    ) : (
      <UnknownWidget type={widget.type} />
    );

  if (locked) {
    // Not a canvas item of its own: a press falls through to the instance, which selects it.
    return (
      <div className="ae-widget ae-widget-locked" style={style} data-locked-widget={widget.name}>
        <div className="ae-widget-body" inert>
          {body(noop)}
        </div>
      </div>
    );
  }

  const classes = ["ae-widget"];
  if (errors.length > 0) classes.push("ae-widget-error");
  if (dragOffset) classes.push("ae-dragging");

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring form semantics; this is a box on the canvas
    <div
      className={classes.join(" ")}
      style={{ ...style, opacity: hidden ? 0.45 : undefined }}
      role="group"
      aria-label={widget.name}
      aria-roledescription="widget"
      aria-current={selected ? "true" : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so a widget can be selected and moved from the keyboard
      tabIndex={0}
      title={errors.length > 0 ? errors.join("\n") : undefined}
      data-widget-id={widget.id}
      data-widget-name={widget.name}
      onPointerDown={(event) => props.onPointerDown(event, widget)}
      onKeyDown={onKeyDown}
    >
      {/* Inert: the renderer's own controls must not take focus or clicks on the canvas. A
          container stays live, as its grid holds the child widgets. */}
      <div className="ae-widget-body" inert={!definition?.isContainer}>
        {body(definition?.isContainer ? setMeta : noop)}
      </div>
      {selected ? (
        <>
          <span className="ae-widget-name" aria-hidden="true">
            {widget.name}
          </span>
          {HANDLES.map((handle) => (
            <span
              key={handle}
              className={`ae-handle ae-handle-${handle}`}
              data-handle={handle}
              aria-hidden="true"
              title={`Resize ${widget.name} from the ${HANDLE_NAMES[handle]}`}
              onPointerDown={(event) => props.onResizeStart(event, widget, handle)}
            />
          ))}
        </>
      ) : null}
    </div>
  );
});
