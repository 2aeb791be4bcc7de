import type { WidgetRendererProps } from "../WidgetDefinition";

/** Renders `text` as a text node: markup in it shows literally, it is never parsed as HTML. */
export function TextWidget({ props }: WidgetRendererProps) {
  const align = props.textAlign === "center" || props.textAlign === "right" ? props.textAlign : "left";
  const fontSize = typeof props.fontSize === "number" && props.fontSize > 0 ? props.fontSize : 14;
  return (
    <div className="tw-text" style={{ fontSize, textAlign: align }}>
      {String(props.text ?? "")}
    </div>
  );
}
