import { z } from "zod";
import { DEFAULT_APP_SETTINGS } from "./defaultAppSettings";

/** Where the deployed app shows its navigation between pages. */
export const appNavigationSchema = z.enum(["top", "side", "hidden"]);
export type AppNavigation = z.infer<typeof appNavigationSchema>;

/**
 * How the deployed app presents itself: the title in its navigation bar (the app's name when
 * empty), where that bar sits, and the pages left out of it (by page id; they still open by URL
 * and through `navigateTo`). Applies at once to the latest deployment, like who may open it.
 */
export const appSettingsSchema = z.object({
  title: z.string().trim().max(120),
  navigation: appNavigationSchema,
  hiddenPages: z.array(z.string().min(1).max(100)).max(500),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/**
 * Stored settings as the current shape: a missing or partial document (older rows, newer
 * fields) falls back field by field to the defaults rather than failing the whole app.
 */
export function appSettingsOf(stored: unknown): AppSettings {
  const raw = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const field = <K extends keyof AppSettings>(key: K): AppSettings[K] => {
    const parsed = appSettingsSchema.shape[key].safeParse(raw[key]);
    return parsed.success ? (parsed.data as AppSettings[K]) : DEFAULT_APP_SETTINGS[key];
  };
  return { title: field("title"), navigation: field("navigation"), hiddenPages: field("hiddenPages") };
}
