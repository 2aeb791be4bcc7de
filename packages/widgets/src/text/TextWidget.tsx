import type { WidgetRendererProps } from "../WidgetDefinition";
import type { textDefinition } from "./textDefinition";

/** Renders `text` as a text node: markup in it shows literally, it is never parsed as HTML. */
export function TextWidget({ props }: WidgetRendererProps<typeof textDefinition>) {
  const fontSize = props.fontSize > 0 ? props.fontSize : 14;
  return (
    <div className="tw-text" style={{ fontSize, textAlign: props.textAlign }}>
      {props.text}
    </div>
  );
}
