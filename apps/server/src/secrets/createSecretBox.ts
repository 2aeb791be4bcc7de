import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** Encrypts and decrypts secret values at rest, each bound to what it belongs to. */
export interface SecretBox {
  /**
   * Encrypts a value: `v2.<base64 nonce|ciphertext|tag>`, a fresh nonce each call. `aad` (the
   * owner of the value, see `datasourceSecretAad`) is authenticated but not stored: the value
   * opens only with the same `aad`.
   */
  seal(plaintext: string, aad: string): string;
  /** Decrypts what `seal` made; throws when the value, the key or the `aad` differs. */
  open(sealed: string, aad: string): string;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = "v2.";

/**
 * AES-256-GCM with a random 12-byte nonce per value. Random nonces are safe here because a
 * key seals far fewer than 2^32 values (the GCM bound for random nonces). Values of format
 * `v1.` (no associated data) are refused: `openSecretBox` re-seals them once at start.
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("The secret key must be 32 bytes");
  return {
    seal(plaintext, aad) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, nonce);
      cipher.setAAD(Buffer.from(aad, "utf8"));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${PREFIX}${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString("base64")}`;
    },
    open(sealed, aad) {
      if (!sealed.startsWith(PREFIX)) throw new Error("Unknown sealed value format");
      return openGcm(key, sealed.slice(PREFIX.length), Buffer.from(aad, "utf8"));
    },
  };
}

/**
 * Opens a `v1.` value, sealed before values were bound to their owner. Only the start-time
 * re-seal (`openSecretBox`) calls it; everything else goes through `SecretBox.open`.
 */
export function openLegacySealed(key: Buffer, sealed: string): string {
  if (!sealed.startsWith("v1.")) throw new Error("Not a v1 sealed value");
  return openGcm(key, sealed.slice(3), null);
}

function openGcm(key: Buffer, base64: string, aad: Buffer | null): string {
  const raw = Buffer.from(base64, "base64");
  if (raw.length < NONCE_BYTES + TAG_BYTES) throw new Error("Sealed value too short");
  const nonce = raw.subarray(0, NONCE_BYTES);
  const tag = raw.subarray(raw.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)),
    decipher.final(),
  ]).toString("utf8");
}
