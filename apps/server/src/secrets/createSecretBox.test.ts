import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { datasourceSecretAad } from "../datasources/datasourceSecretAad";
import { createSecretBox, openLegacySealed } from "./createSecretBox";

/** A value as the `v1.` format sealed it: AES-256-GCM without associated data. */
function sealV1(key: Buffer, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString("base64")}`;
}

describe("createSecretBox", () => {
  const key = randomBytes(32);
  const box = createSecretBox(key);
  const aad = datasourceSecretAad("ds-1", "https://api.example.com/v1");

  it("round-trips a value with a fresh nonce each time", () => {
    const a = box.seal("apikey-value", aad);
    const b = box.seal("apikey-value", aad);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v2\./);
    expect(a).not.toContain("apikey-value");
    expect(box.open(a, aad)).toBe("apikey-value");
  });

  it("opens a value only for the datasource and origin it was sealed for", () => {
    const sealed = box.seal("apikey-value", aad);
    // Another path on the same origin is the same server.
    expect(box.open(sealed, datasourceSecretAad("ds-1", "https://api.example.com/v2?x=1"))).toBe(
      "apikey-value",
    );
    for (const other of [
      datasourceSecretAad("ds-1", "https://attacker.example/v1"),
      datasourceSecretAad("ds-1", "http://api.example.com/v1"),
      datasourceSecretAad("ds-1", "https://api.example.com:8443/v1"),
      datasourceSecretAad("ds-2", "https://api.example.com/v1"),
    ]) {
      expect(() => box.open(sealed, other)).toThrow();
    }
  });

  it("refuses a tampered value and another key's value", () => {
    const sealed = box.seal("secret", aad);
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[14] ^= 1;
    expect(() => box.open(`v2.${raw.toString("base64")}`, aad)).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, aad)).toThrow();
  });

  it("refuses v1 values, which only the start-time re-seal opens", () => {
    const legacy = sealV1(key, "old-secret");
    expect(() => box.open(legacy, aad)).toThrow(/format/);
    expect(openLegacySealed(key, legacy)).toBe("old-secret");
    expect(() => openLegacySealed(randomBytes(32), legacy)).toThrow();
  });

  it("needs a 32-byte key", () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
