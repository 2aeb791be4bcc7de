import { randomBytes } from "node:crypto";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecretKey, parseSecretKey } from "./loadSecretKey";

describe("loadSecretKey", () => {
  it("generates a key file with mode 0600 once and reads it back", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "tessera-key-"));
    const first = loadSecretKey({ secretKey: undefined, dataDir });
    expect(first).toHaveLength(32);
    expect(statSync(join(dataDir, "secret.key")).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ secretKey: undefined, dataDir }).equals(first)).toBe(true);
  });

  it("accepts base64 and hex keys and refuses other lengths", () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString("base64")).equals(key)).toBe(true);
    expect(parseSecretKey(key.toString("hex")).equals(key)).toBe(true);
    expect(() => parseSecretKey(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
