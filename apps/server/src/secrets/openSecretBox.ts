import type { ServerConfig } from "../config/loadConfig";
import { datasourceConfigAad } from "../datasources/datasourceSecretAad";
import { mapStoredConfigSecrets, type StoredDatasourceConfig } from "../datasources/storedDatasourceConfig";
import type { DatasourceRecord } from "../store/repositories/datasources";
import type { Store } from "../store/Store";
import { createSecretBox, openLegacySealed, type SecretBox } from "./createSecretBox";
import { loadSecretKey, parseSecretKey } from "./loadSecretKey";

/** The server was started with a secret key that did not encrypt the stored secrets. */
export class SecretKeyMismatchError extends Error {
  constructor(previousGiven: boolean) {
    super(
      "The secret key does not match the one that encrypted the stored datasource secrets: " +
        "TESSERA_SECRET_KEY (or secret.key in the data folder, when it is unset) was changed. " +
        (previousGiven ? "TESSERA_SECRET_KEY_PREVIOUS does not match that key either. " : "") +
        "To fix it, set TESSERA_SECRET_KEY back to the old key; or, to move to the new key, " +
        "set TESSERA_SECRET_KEY_PREVIOUS to the old key for one start, which re-encrypts every " +
        "secret under TESSERA_SECRET_KEY.",
    );
    this.name = "SecretKeyMismatchError";
  }
}

const CHECK_SETTING = "secret_key_check";
const CHECK_AAD = JSON.stringify(["instance-setting", CHECK_SETTING]);
const CHECK_PLAINTEXT = "tessera secret key check";

/**
 * The secret box for this start, after making the store agree with its key, in one
 * transaction. `instance_settings` holds a check value sealed under the key in use:
 * - it opens: start as before;
 * - it opens with TESSERA_SECRET_KEY_PREVIOUS: every secret is re-encrypted under the new key;
 * - neither: throws `SecretKeyMismatchError` rather than start and fail every run with a 500.
 * With no check value yet (an install from before it), the stored secrets are the check: if
 * some exist and none opens, the key is refused too. On the way, values in the old `v1.`
 * format (no associated data) are re-sealed for their datasource and origin. A value no key
 * opens is left as it is: it reads as "no value" and its run asks for it again. Several
 * instances starting at once on one database may each re-seal: every result opens under the key.
 */
export async function openSecretBox(
  store: Store,
  config: Pick<ServerConfig, "secretKey" | "secretKeyPrevious" | "dataDir">,
): Promise<SecretBox> {
  const key = loadSecretKey(config);
  const previousKey = config.secretKeyPrevious
    ? parseSecretKey(config.secretKeyPrevious, "TESSERA_SECRET_KEY_PREVIOUS")
    : null;
  const box = createSecretBox(key);
  const previousBox = previousKey ? createSecretBox(previousKey) : null;
  const checkOpens = (candidate: SecretBox, sealed: string) => {
    try {
      return candidate.open(sealed, CHECK_AAD) === CHECK_PLAINTEXT;
    } catch {
      return false;
    }
  };

  // Sealing and opening are synchronous: nothing but the store is awaited in the transaction.
  await store.transaction(async (tx) => {
    const check = await tx.settings.find(CHECK_SETTING);
    const current = check !== undefined && checkOpens(box, check);
    if (check !== undefined && !current && !(previousBox && checkOpens(previousBox, check))) {
      throw new SecretKeyMismatchError(previousKey !== null);
    }

    const keys = previousKey ? [key, previousKey] : [key];
    const reopen = (sealed: string, aad: string): string | null => {
      for (const candidate of keys) {
        try {
          return sealed.startsWith("v1.")
            ? openLegacySealed(candidate, sealed)
            : createSecretBox(candidate).open(sealed, aad);
        } catch {}
      }
      return null;
    };
    let readable = 0;
    let unreadable = 0;
    // The re-sealed config of one datasource, or null when every secret already opens under the key.
    const resealed = (datasource: DatasourceRecord, count: boolean): StoredDatasourceConfig | null => {
      const { id, workspaceId: _w, name: _n, createdAt: _c, updatedAt: _u, ...config } = datasource;
      const aad = datasourceConfigAad(id, config);
      let changed = false;
      const next = mapStoredConfigSecrets(config, ({ sealed }) => {
        try {
          box.open(sealed, aad);
          if (count) readable += 1;
          return sealed;
        } catch {}
        const plaintext = reopen(sealed, aad);
        if (plaintext === null) {
          if (count) unreadable += 1;
          return sealed;
        }
        if (count) readable += 1;
        changed = true;
        return box.seal(plaintext, aad);
      });
      return changed ? next : null;
    };
    for (const datasource of await tx.datasources.listAll()) {
      if (!resealed(datasource, true)) continue;
      // A running instance may save this datasource meanwhile: lock it, then re-seal what it holds now.
      await tx.locks.lockRow("datasources", datasource.id);
      const now = await tx.datasources.findById(datasource.id);
      const config = now && resealed(now, false);
      if (config) await tx.datasources.replaceConfig(datasource.id, config);
    }
    if (check === undefined && unreadable > 0 && readable === 0) {
      throw new SecretKeyMismatchError(previousKey !== null);
    }
    if (!current) await tx.settings.put(CHECK_SETTING, box.seal(CHECK_PLAINTEXT, CHECK_AAD));
  });
  return box;
}
