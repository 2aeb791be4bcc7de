import type { WidgetRendererProps } from "../WidgetDefinition";
import type { dividerDefinition } from "./dividerDefinition";

/** A separator line, centred in its box; it takes no focus. */
export function DividerWidget({ props }: WidgetRendererProps<typeof dividerDefinition>) {
  const vertical = props.orientation === "vertical";
  const thickness = Math.min(Math.max(props.thickness, 1), 20);
  return (
    <div className={vertical ? "tw-divider tw-divider-vertical" : "tw-divider"}>
      <hr
        className="tw-divider-line"
        aria-orientation={props.orientation}
        style={{
          background: props.color || "#c5c9d0",
          [vertical ? "width" : "height"]: thickness,
        }}
      />
    </div>
  );
}
