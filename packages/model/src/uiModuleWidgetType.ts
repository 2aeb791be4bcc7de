/**
 * The widget type of a UI module's instance in an app. A file of its own, without zod, so the
 * widget's chunk in the viewer takes nothing else of the model.
 */
export const UI_MODULE_WIDGET_TYPE = "UiModule";
