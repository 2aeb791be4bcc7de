import type { WidgetModuleOf } from "../WidgetModule";
import { IframeWidget } from "./IframeWidget";
import iframeCss from "./iframe.css?inline";
import { iframeDefinition } from "./iframeDefinition";

export { IframeWidget, iframeDefinition };

/** Iframe: its definition and its renderer, as the widget list loads them. */
export const iframeWidget = {
  definition: iframeDefinition,
  Renderer: IframeWidget,
  styles: [iframeCss],
} satisfies WidgetModuleOf<typeof iframeDefinition>;
