import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSecretBox } from "./createSecretBox";

describe("createSecretBox", () => {
  const box = createSecretBox(randomBytes(32));

  it("round-trips a value with a fresh nonce each time", () => {
    const a = box.seal("apikey-value");
    const b = box.seal("apikey-value");
    expect(a).not.toBe(b);
    expect(a).not.toContain("apikey-value");
    expect(box.open(a)).toBe("apikey-value");
  });

  it("refuses a tampered value and another key's value", () => {
    const sealed = box.seal("secret");
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[14] ^= 1;
    expect(() => box.open(`v1.${raw.toString("base64")}`)).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
  });

  it("needs a 32-byte key", () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
