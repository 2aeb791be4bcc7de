import type { WidgetModuleOf } from "../WidgetModule";
import { ModalWidget } from "./ModalWidget";
import modalCss from "./modal.css?inline";
import { modalDefinition } from "./modalDefinition";

export { ModalWidget, modalDefinition };

/** Modal: its definition and its renderer, as the widget list loads them. */
export const modalWidget = {
  definition: modalDefinition,
  Renderer: ModalWidget,
  styles: [modalCss],
} satisfies WidgetModuleOf<typeof modalDefinition>;
