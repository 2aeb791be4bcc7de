import { emptyPageDoc, type PageDoc, type UiModule } from "@tessera/model";

/**
 * A UI module's widgets as a page doc with nothing else on it, so the app editor's canvas,
 * property pane and page-doc commands edit it unchanged.
 */
export function uiModuleDoc(module: Pick<UiModule, "widgets">): PageDoc {
  return { ...emptyPageDoc(), widgets: module.widgets };
}
