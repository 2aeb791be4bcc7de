import type { WidgetRendererProps } from "../WidgetDefinition";
import type { uiModuleDefinition } from "./uiModuleDefinition";

/** The frame of a UI module's instance; the host positions the module's widgets inside it. */
export function UiModuleWidget({ name, children }: WidgetRendererProps<typeof uiModuleDefinition>) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a border and legend the module does not have
    <div className="tw-ui-module" role="group" aria-label={name}>
      {children}
    </div>
  );
}
