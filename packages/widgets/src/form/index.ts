import type { WidgetModuleOf } from "../WidgetModule";
import { FormWidget } from "./FormWidget";
import { formDefinition } from "./formDefinition";

export { FormWidget, formDefinition };

/** Form: its definition and its renderer, as the widget list loads them. */
export const formWidget = {
  definition: formDefinition,
  Renderer: FormWidget,
} satisfies WidgetModuleOf<typeof formDefinition>;
