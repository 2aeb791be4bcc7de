import { createCipheriv, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasourceCreator } from "../commands/datasourceCreator";
import { workspaceCreator } from "../commands/workspaceCreator";
import { datasourceSecretAad } from "../datasources/datasourceSecretAad";
import { loadDatasourceForRun } from "../datasources/loadDatasourceForRun";
import type { StoredHeader } from "../datasources/storedHeader";
import { migrate } from "../db/migrate";
import { type Db, openDatabase } from "../db/openDatabase";
import { createSecretBox } from "./createSecretBox";
import { openSecretBox, SecretKeyMismatchError } from "./openSecretBox";

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("hex");

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A migrated store with one workspace, in its own temp folder. */
function freshStore(): { db: Db; dataDir: string; workspaceId: string } {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-key-check-"));
  folders.push(dataDir);
  const db = openDatabase(dataDir);
  migrate(db);
  db.prepare(
    "INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u', 'u@x.y', 'U', 'h', '')",
  ).run();
  return { db, dataDir, workspaceId: workspaceCreator(db, { name: "W", userId: "u" }).id };
}

const options = (dataDir: string, secretKey: string, secretKeyPrevious?: string) => ({
  dataDir,
  secretKey,
  secretKeyPrevious,
});

const body = (baseUrl: string, value: string) => ({
  name: "Orders",
  baseUrl,
  headers: [{ name: "apikey", value, secret: true }],
  timeoutMs: 1000,
});

const headersOf = (db: Db, id: string) =>
  JSON.parse(
    (db.prepare("SELECT headers_json FROM datasources WHERE id = ?").get(id) as { headers_json: string })
      .headers_json,
  ) as StoredHeader[];

describe("openSecretBox", () => {
  it("refuses a changed key with a message that says how to fix it, and changes nothing", () => {
    const { db, dataDir, workspaceId } = freshStore();
    const ds = datasourceCreator(
      db,
      openSecretBox(db, options(dataDir, keyA)),
      workspaceId,
      body("https://a.example", "s1"),
    );
    const before = headersOf(db, ds.id);
    expect(() => openSecretBox(db, options(dataDir, keyB))).toThrow(SecretKeyMismatchError);
    expect(() => openSecretBox(db, options(dataDir, keyB))).toThrow(
      /set TESSERA_SECRET_KEY back to the old key; or, to move to the new key, set TESSERA_SECRET_KEY_PREVIOUS to the old key/,
    );
    expect(headersOf(db, ds.id)).toEqual(before);
    expect(loadDatasourceForRun(db, openSecretBox(db, options(dataDir, keyA)), ds.id)?.headers[0].value).toBe(
      "s1",
    );
  });

  it("says so when TESSERA_SECRET_KEY_PREVIOUS is not the old key either", () => {
    const { db, dataDir } = freshStore();
    openSecretBox(db, options(dataDir, keyA));
    const other = randomBytes(32).toString("base64");
    expect(() => openSecretBox(db, options(dataDir, keyB, other))).toThrow(
      /TESSERA_SECRET_KEY_PREVIOUS does not match that key either/,
    );
  });

  it("re-encrypts every secret under the new key when the previous one is given", () => {
    const { db, dataDir, workspaceId } = freshStore();
    const boxA = openSecretBox(db, options(dataDir, keyA));
    const one = datasourceCreator(db, boxA, workspaceId, body("https://a.example/v1", "first"));
    const two = datasourceCreator(db, boxA, workspaceId, body("http://b.example:8080", "second"));

    const boxB = openSecretBox(db, options(dataDir, keyB, keyA));
    expect(loadDatasourceForRun(db, boxB, one.id)?.headers[0].value).toBe("first");
    expect(loadDatasourceForRun(db, boxB, two.id)?.headers[0].value).toBe("second");
    expect(() => loadDatasourceForRun(db, boxA, one.id)).toThrow(/apikey of the datasource Orders/);
    // From now on the new key alone starts, and the old one is refused.
    expect(() => openSecretBox(db, options(dataDir, keyB))).not.toThrow();
    expect(() => openSecretBox(db, options(dataDir, keyA))).toThrow(SecretKeyMismatchError);
  });

  it("re-seals v1 values for their datasource and origin once, and then no v1 value is left", () => {
    const { db, dataDir, workspaceId } = freshStore();
    const key = Buffer.from(keyA, "base64");
    const box = openSecretBox(db, options(dataDir, keyA));
    const ds = datasourceCreator(db, box, workspaceId, { ...body("https://a.example/v1", "x"), headers: [] });
    db.prepare("UPDATE datasources SET headers_json = ? WHERE id = ?").run(
      JSON.stringify([{ name: "apikey", secret: true, sealed: sealV1(key, "legacy-secret") }]),
      ds.id,
    );
    // An install from before the key check: no check value yet.
    db.prepare("DELETE FROM instance_settings").run();

    const reopened = openSecretBox(db, options(dataDir, keyA));
    const [header] = headersOf(db, ds.id);
    expect(header.sealed).toMatch(/^v2\./);
    expect(reopened.open(header.sealed ?? "", datasourceSecretAad(ds.id, "https://a.example/other"))).toBe(
      "legacy-secret",
    );
    expect(() =>
      reopened.open(header.sealed ?? "", datasourceSecretAad(ds.id, "https://b.example")),
    ).toThrow();
    expect(
      db.prepare("SELECT COUNT(*) AS n FROM datasources WHERE headers_json LIKE '%\"v1.%'").get(),
    ).toEqual({
      n: 0,
    });
  });

  it("refuses a key that opens none of the stored secrets of an install without a check value", () => {
    const { db, dataDir, workspaceId } = freshStore();
    const ds = datasourceCreator(
      db,
      createSecretBox(Buffer.from(keyA, "base64")),
      workspaceId,
      body("https://a.example", "s"),
    );
    db.prepare("UPDATE datasources SET headers_json = ? WHERE id = ?").run(
      JSON.stringify([{ name: "apikey", secret: true, sealed: sealV1(Buffer.from(keyA, "base64"), "s") }]),
      ds.id,
    );
    expect(() => openSecretBox(db, options(dataDir, keyB))).toThrow(SecretKeyMismatchError);
    expect(db.prepare("SELECT COUNT(*) AS n FROM instance_settings").get()).toEqual({ n: 0 });
    openSecretBox(db, options(dataDir, keyB, keyA));
    expect(loadDatasourceForRun(db, openSecretBox(db, options(dataDir, keyB)), ds.id)?.headers[0].value).toBe(
      "s",
    );
  });
});

/** A value as the `v1.` format sealed it: AES-256-GCM without associated data. */
function sealV1(key: Buffer, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString("base64")}`;
}
