import type { ComponentType } from "react";
import type { AnyWidgetDefinition, WidgetRendererProps } from "./WidgetDefinition";

/**
 * A widget type as its folder's index exports it: the definition and its React renderer,
 * whose props are checked against that definition.
 * @example export const textWidget = { definition: textDefinition, Renderer: TextWidget } satisfies WidgetModuleOf<typeof textDefinition>;
 */
export interface WidgetModuleOf<D extends AnyWidgetDefinition> {
  definition: D;
  Renderer: ComponentType<WidgetRendererProps<D>>;
  /**
   * The style sheets its renderer needs, as CSS text (`import css from "./x.css?inline"`):
   * the registry adds each once, when the type loads. A sheet of the widget chunk's own was a
   * request of its own, and the chunk's import waited for it (bench table, interleaved A/B of
   * 25 fresh contexts: first row at 350 -> 324 and 339 -> 319 ms median).
   */
  styles?: readonly string[];
  /**
   * One-off work the renderer's first paint would otherwise do (the Table's first
   * Intl.NumberFormat: 15-35 ms in a fresh page), for a host to run at a quiet moment before it.
   */
  prepare?: () => void;
}

/** Any widget type's module, as the registry holds them. */
export interface WidgetModule {
  definition: AnyWidgetDefinition;
  Renderer: ComponentType<WidgetRendererProps>;
  styles?: readonly string[];
  prepare?: () => void;
}
