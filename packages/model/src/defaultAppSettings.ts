import type { AppSettings } from "./appSettings";

/**
 * The settings of an app that never changed them. Apart from the schema, so the viewer can
 * read it without bundling zod.
 */
export const DEFAULT_APP_SETTINGS: AppSettings = { title: "", navigation: "top", hiddenPages: [] };
