import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Parses a 32-byte key given as 64 hex digits or base64; `variable` names it in the error. */
export function parseSecretKey(text: string, variable = "TESSERA_SECRET_KEY"): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error(`${variable} must be 32 bytes, as base64 or 64 hex digits`);
  return key;
}

/**
 * The key that encrypts datasource secrets: TESSERA_SECRET_KEY when set, otherwise
 * `secret.key` in the data folder, generated on first start with mode 0600.
 */
export function loadSecretKey(options: { secretKey: string | undefined; dataDir: string }): Buffer {
  if (options.secretKey) return parseSecretKey(options.secretKey);
  const file = join(options.dataDir, "secret.key");
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    // "wx" fails if another process created it meanwhile, rather than overwriting its key.
    try {
      writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  chmodSync(file, 0o600);
  return parseSecretKey(readFileSync(file, "utf8"));
}
