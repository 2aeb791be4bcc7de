/** What a query field offers at the cursor after `{{vault.`: the kept keys that match what is typed. */
export interface VaultCompletion {
  /** Where the typed part of the key starts; it ends at the cursor. */
  from: number;
  /** The matching keys, in the order given. */
  keys: string[];
}

/**
 * The vault keys to offer at `pos` in a query field's text: only right after `vault.` at the
 * start of an open `{{ }}` (the server fills in `{{vault.x}}` only as a binding of its own),
 * and only keys that start with what is typed and are not typed whole already.
 *
 * @example vaultCompletionAt("Bearer {{vault.ac", 17, ["access_token"]) // { from: 15, keys: ["access_token"] }
 */
export function vaultCompletionAt(
  text: string,
  pos: number,
  keys: readonly string[],
): VaultCompletion | null {
  const match = /\{\{\s*vault\.([A-Za-z0-9_]*)$/.exec(text.slice(0, pos));
  if (!match) return null;
  const typed = match[1];
  const found = keys.filter((key) => key.startsWith(typed) && key !== typed);
  return found.length > 0 ? { from: pos - typed.length, keys: found } : null;
}

/** The text and cursor after taking `key` at a completion: the typed part replaced, `}}` added when missing. */
export function applyVaultCompletion(
  text: string,
  pos: number,
  completion: VaultCompletion,
  key: string,
): { text: string; cursor: number } {
  const after = text.slice(pos);
  const rest = after.replace(/^[A-Za-z0-9_]*/, "");
  const close = /^\s*\}\}/.test(rest) ? "" : "}}";
  const inserted = `${key}${close}`;
  return {
    text: `${text.slice(0, completion.from)}${inserted}${rest}`,
    cursor: completion.from + inserted.length,
  };
}
