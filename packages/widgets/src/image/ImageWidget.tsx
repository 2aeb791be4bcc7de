import type { WidgetRendererProps } from "../WidgetDefinition";

const FITS = new Set(["contain", "cover", "fill"]);

/** An image; an empty source shows an empty frame rather than a broken-image icon. */
export function ImageWidget({ props }: WidgetRendererProps) {
  const src = typeof props.src === "string" ? props.src : "";
  const alt = typeof props.alt === "string" ? props.alt : "";
  if (!src) return <div className="tw-image-empty" />;
  const fit = typeof props.objectFit === "string" && FITS.has(props.objectFit) ? props.objectFit : "contain";
  return (
    <img
      className="tw-image"
      src={src}
      alt={alt}
      style={{ objectFit: fit as "contain" | "cover" | "fill" }}
    />
  );
}
