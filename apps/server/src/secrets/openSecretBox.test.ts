import { createCipheriv, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasourceCreator } from "../commands/datasourceCreator";
import { workspaceCreator } from "../commands/workspaceCreator";
import { datasourceSecretAad } from "../datasources/datasourceSecretAad";
import { loadDatasourceForRun } from "../datasources/loadDatasourceForRun";
import { storedConfigSecrets } from "../datasources/storedDatasourceConfig";
import { openPostgresStore } from "../store/postgres/openPostgresStore";
import type { Store } from "../store/Store";
import { openSqliteStore } from "../store/sqlite/openSqliteStore";
import { createTestDatabase } from "../test/createTestDatabase";
import { insertUser } from "../test/insertUser";
import { testStoreKind } from "../test/testServer";
import { createSecretBox } from "./createSecretBox";
import { openSecretBox, SecretKeyMismatchError } from "./openSecretBox";

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("hex");

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A migrated store with one workspace (SQLite in its own temp folder, or a fresh PostgreSQL database). */
async function freshStore(): Promise<{ store: Store; dataDir: string; workspaceId: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-key-check-"));
  const database =
    testStoreKind() === "postgres" ? await createTestDatabase(process.env.TEST_DATABASE_URL ?? "") : null;
  const store = database ? openPostgresStore(database.url, { maxConnections: 2 }) : openSqliteStore(dataDir);
  cleanups.push(async () => {
    await store.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await store.migrate();
  await insertUser(store, { id: "u" });
  return { store, dataDir, workspaceId: (await workspaceCreator(store, { name: "W", userId: "u" })).id };
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

const headersOf = async (store: Store, id: string) => {
  const datasource = await store.datasources.findById(id);
  return datasource?.kind === "rest" ? datasource.headers : [];
};

const secretOf = async (store: Store, box: Awaited<ReturnType<typeof openSecretBox>>, id: string) => {
  const datasource = await loadDatasourceForRun(store, box, id);
  return datasource?.kind === "rest" ? datasource.headers[0].value : undefined;
};

describe("openSecretBox", () => {
  it("refuses a changed key with a message that says how to fix it, and changes nothing", async () => {
    const { store, dataDir, workspaceId } = await freshStore();
    const ds = await datasourceCreator(
      store,
      await openSecretBox(store, options(dataDir, keyA)),
      workspaceId,
      body("https://a.example", "s1"),
    );
    const before = await headersOf(store, ds.id);
    await expect(openSecretBox(store, options(dataDir, keyB))).rejects.toThrow(SecretKeyMismatchError);
    await expect(openSecretBox(store, options(dataDir, keyB))).rejects.toThrow(
      /set TESSERA_SECRET_KEY back to the old key; or, to move to the new key, set TESSERA_SECRET_KEY_PREVIOUS to the old key/,
    );
    expect(await headersOf(store, ds.id)).toEqual(before);
    expect(await secretOf(store, await openSecretBox(store, options(dataDir, keyA)), ds.id)).toBe("s1");
  });

  it("says so when TESSERA_SECRET_KEY_PREVIOUS is not the old key either", async () => {
    const { store, dataDir } = await freshStore();
    await openSecretBox(store, options(dataDir, keyA));
    const other = randomBytes(32).toString("base64");
    await expect(openSecretBox(store, options(dataDir, keyB, other))).rejects.toThrow(
      /TESSERA_SECRET_KEY_PREVIOUS does not match that key either/,
    );
  });

  it("re-encrypts every secret under the new key when the previous one is given", async () => {
    const { store, dataDir, workspaceId } = await freshStore();
    const boxA = await openSecretBox(store, options(dataDir, keyA));
    const one = await datasourceCreator(store, boxA, workspaceId, body("https://a.example/v1", "first"));
    const two = await datasourceCreator(store, boxA, workspaceId, body("http://b.example:8080", "second"));

    const boxB = await openSecretBox(store, options(dataDir, keyB, keyA));
    expect(await secretOf(store, boxB, one.id)).toBe("first");
    expect(await secretOf(store, boxB, two.id)).toBe("second");
    await expect(secretOf(store, boxA, one.id)).rejects.toThrow(/apikey of the datasource Orders/);
    // From now on the new key alone starts, and the old one is refused.
    await expect(openSecretBox(store, options(dataDir, keyB))).resolves.toBeDefined();
    await expect(openSecretBox(store, options(dataDir, keyA))).rejects.toThrow(SecretKeyMismatchError);
  });

  it("re-seals v1 values for their datasource and origin once, and then no v1 value is left", async () => {
    const { store, dataDir, workspaceId } = await freshStore();
    const key = Buffer.from(keyA, "base64");
    const box = await openSecretBox(store, options(dataDir, keyA));
    const ds = await datasourceCreator(store, box, workspaceId, {
      ...body("https://a.example/v1", "x"),
      headers: [],
    });
    await store.datasources.replaceHeaders(ds.id, [
      { name: "apikey", secret: true, sealed: sealV1(key, "legacy-secret") },
    ]);
    // An install from before the key check: no check value yet.
    await store.settings.delete("secret_key_check");

    const reopened = await openSecretBox(store, options(dataDir, keyA));
    const [header] = await headersOf(store, ds.id);
    expect(header.sealed).toMatch(/^v2\./);
    expect(reopened.open(header.sealed ?? "", datasourceSecretAad(ds.id, "https://a.example/other"))).toBe(
      "legacy-secret",
    );
    expect(() =>
      reopened.open(header.sealed ?? "", datasourceSecretAad(ds.id, "https://b.example")),
    ).toThrow();
    const sealed = (await store.datasources.listAll()).flatMap((d) =>
      storedConfigSecrets(d).map((h) => h.sealed),
    );
    expect(sealed.filter((value) => value?.startsWith("v1."))).toEqual([]);
  });

  it("refuses a key that opens none of the stored secrets of an install without a check value", async () => {
    const { store, dataDir, workspaceId } = await freshStore();
    const ds = await datasourceCreator(
      store,
      createSecretBox(Buffer.from(keyA, "base64")),
      workspaceId,
      body("https://a.example", "s"),
    );
    await store.datasources.replaceHeaders(ds.id, [
      { name: "apikey", secret: true, sealed: sealV1(Buffer.from(keyA, "base64"), "s") },
    ]);
    await expect(openSecretBox(store, options(dataDir, keyB))).rejects.toThrow(SecretKeyMismatchError);
    expect(await store.settings.find("secret_key_check")).toBeUndefined();
    await openSecretBox(store, options(dataDir, keyB, keyA));
    expect(await secretOf(store, await openSecretBox(store, options(dataDir, keyB)), ds.id)).toBe("s");
  });
});

/** A value as the `v1.` format sealed it: AES-256-GCM without associated data. */
function sealV1(key: Buffer, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString("base64")}`;
}
