import type { WidgetRendererProps } from "../WidgetDefinition";
import type { imageDefinition } from "./imageDefinition";

/** An image; an empty source shows an empty frame rather than a broken-image icon. */
export function ImageWidget({ props }: WidgetRendererProps<typeof imageDefinition>) {
  if (!props.src) return <div className="tw-image-empty" />;
  return <img className="tw-image" src={props.src} alt={props.alt} style={{ objectFit: props.objectFit }} />;
}
