import type { App, Page } from "@tessera/model";
import type { PageSaver } from "./save/usePageSaver";

/** The page being edited, its app, the app's pages and their saver: what the top bar, Deploy and Preview are given. */
export interface EditedPageProps {
  app: App;
  pages: Page[];
  page: Page;
  saver: PageSaver;
}
