import type { ImportResult } from "@tessera/model";
import { apiFetch } from "./client";

/** Where a package's export file downloads from (a same-origin GET carrying the session cookie). */
export const packageExportUrl = (packageId: string) =>
  `/api/v1/packages/${encodeURIComponent(packageId)}/export`;

/** Where an app's export file downloads from. */
export const appExportUrl = (appId: string) => `/api/v1/apps/${encodeURIComponent(appId)}/export`;

/**
 * Imports a package or app file into a workspace. The text is parsed here only to send it as
 * JSON; the server validates it. Answers what the workspace lacks (datasources by name);
 * an app whose packages are missing is refused with 409 `missing_packages`.
 */
export async function importFile(workspaceId: string, text: string): Promise<ImportResult> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error("The file is not JSON: pick a file exported from Tessera.");
  }
  return apiFetch<ImportResult>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/import`, {
    method: "POST",
    body: file,
  });
}
