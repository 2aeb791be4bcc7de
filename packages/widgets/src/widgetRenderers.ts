import type { ComponentType } from "react";
import { ButtonWidget } from "./button/ButtonWidget";
import { CheckboxWidget } from "./checkbox/CheckboxWidget";
import { ContainerWidget } from "./container/ContainerWidget";
import { FormWidget } from "./form/FormWidget";
import { ImageWidget } from "./image/ImageWidget";
import { InputWidget } from "./input/InputWidget";
import { SelectWidget } from "./select/SelectWidget";
import { TextWidget } from "./text/TextWidget";
import type { WidgetRendererProps } from "./WidgetDefinition";

const renderers: Record<string, ComponentType<WidgetRendererProps>> = {
  Text: TextWidget,
  Input: InputWidget,
  Button: ButtonWidget,
  Checkbox: CheckboxWidget,
  Select: SelectWidget,
  Image: ImageWidget,
  Container: ContainerWidget,
  Form: FormWidget,
};

/** The React renderer of a widget type, or undefined for a type this build does not know. */
export function getWidgetRenderer(type: string): ComponentType<WidgetRendererProps> | undefined {
  return Object.hasOwn(renderers, type) ? renderers[type] : undefined;
}
