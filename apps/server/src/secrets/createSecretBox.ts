import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** Encrypts and decrypts secret values at rest. */
export interface SecretBox {
  /** Encrypts a value: `v1.<base64 nonce|ciphertext|tag>`, a fresh nonce each call. */
  seal(plaintext: string): string;
  /** Decrypts what `seal` made; throws when the value was tampered with or the key differs. */
  open(sealed: string): string;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random 12-byte nonce per value. Random nonces are safe here because a
 * key seals far fewer than 2^32 values (the GCM bound for random nonces).
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("The secret key must be 32 bytes");
  return {
    seal(plaintext) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, nonce);
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `v1.${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString("base64")}`;
    },
    open(sealed) {
      if (!sealed.startsWith("v1.")) throw new Error("Unknown sealed value format");
      const raw = Buffer.from(sealed.slice(3), "base64");
      if (raw.length < NONCE_BYTES + TAG_BYTES) throw new Error("Sealed value too short");
      const nonce = raw.subarray(0, NONCE_BYTES);
      const tag = raw.subarray(raw.length - TAG_BYTES);
      const decipher = createDecipheriv("aes-256-gcm", key, nonce);
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    },
  };
}
