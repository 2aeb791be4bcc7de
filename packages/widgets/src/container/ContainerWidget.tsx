import type { WidgetRendererProps } from "../WidgetDefinition";
import type { containerDefinition } from "./containerDefinition";

/** A box holding child widgets; the host positions the children inside it. */
export function ContainerWidget({ name, props, children }: WidgetRendererProps<typeof containerDefinition>) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a border and legend the author did not place
    <div
      className="tw-container"
      role="group"
      aria-label={name}
      style={{ background: props.backgroundColor || undefined }}
    >
      {children}
    </div>
  );
}
