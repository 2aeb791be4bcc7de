import { vaultKeepSchema, vaultKeySchema } from "@tessera/model";

/**
 * The response fields to keep, read from the comma list the author types: trimmed, repeats
 * dropped, each checked as a field name (model's `vaultKeySchema`). An empty list keeps nothing.
 *
 * @example vaultKeepOf("access_token, refresh_token") // { keys: ["access_token", "refresh_token"] }
 * @example vaultKeepOf("access-token") // { error: '"access-token" must be a field name: ...' }
 */
export function vaultKeepOf(text: string): { keys: string[] } | { error: string } {
  const keys = [
    ...new Set(
      text
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    ),
  ];
  for (const key of keys) {
    const checked = vaultKeySchema.safeParse(key);
    if (!checked.success)
      return { error: `"${key}" ${checked.error.issues[0]?.message ?? "is not a field name"}` };
  }
  const listed = vaultKeepSchema.safeParse(keys);
  if (!listed.success) return { error: "A query keeps at most 20 fields in the vault" };
  return { keys };
}

/** The comma list shown for kept fields. */
export function vaultKeepText(keys: readonly string[] | undefined): string {
  return (keys ?? []).join(", ");
}

/**
 * The refresh action's statuses, from a comma list: HTTP error statuses (400 to 599), at
 * least one. Empty text means the default, 401.
 *
 * @example refreshStatusesOf("401, 403") // { onStatus: [401, 403] }
 */
export function refreshStatusesOf(text: string): { onStatus: number[] } | { error: string } {
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) return { onStatus: [401] };
  const statuses: number[] = [];
  for (const part of parts) {
    const status = /^\d{3}$/.test(part) ? Number(part) : Number.NaN;
    if (!(status >= 400 && status <= 599))
      return { error: `"${part}" is not an HTTP error status (400 to 599)` };
    if (!statuses.includes(status)) statuses.push(status);
  }
  if (statuses.length > 5) return { error: "At most 5 statuses" };
  return { onStatus: statuses };
}
