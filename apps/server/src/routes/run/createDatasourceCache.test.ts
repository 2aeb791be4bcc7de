import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasourceCreator } from "../../commands/datasourceCreator";
import { workspaceCreator } from "../../commands/workspaceCreator";
import { sealDatasourceHeaders } from "../../datasources/sealDatasourceHeaders";
import { migrate } from "../../db/migrate";
import { openDatabase } from "../../db/openDatabase";
import { createSecretBox } from "../../secrets/createSecretBox";
import { createDatasourceCache } from "./createDatasourceCache";

describe("createDatasourceCache", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-ds-cache-"));
  const db = openDatabase(dataDir);
  migrate(db);
  const box = createSecretBox(Buffer.alloc(32, 1));
  db.prepare(
    "INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u', 'u@x.y', 'U', 'h', '')",
  ).run();
  const workspace = workspaceCreator(db, { name: "W", userId: "u" });
  const row = datasourceCreator(db, box, workspace.id, {
    name: "Auth",
    baseUrl: "http://localhost:3001/auth/v1",
    headers: [{ name: "apikey", value: "first-secret", secret: true }],
    timeoutMs: 1000,
  });
  const load = createDatasourceCache(db, box);
  afterAll(() => {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("returns the same decrypted datasource while the row is unchanged", () => {
    const first = load(row.id, workspace.id);
    expect(first?.headers).toEqual([{ name: "apikey", value: "first-secret", secret: true }]);
    expect(load(row.id, workspace.id)).toBe(first);
  });

  it("reloads after an edit, even within the same timestamp", () => {
    const before = load(row.id);
    const headers = JSON.stringify(
      sealDatasourceHeaders(box, { id: row.id, baseUrl: row.base_url }, [
        { name: "apikey", value: "second", secret: true },
      ]).headers,
    );
    db.prepare("UPDATE datasources SET headers_json = ? WHERE id = ?").run(headers, row.id);
    const after = load(row.id);
    expect(after).not.toBe(before);
    expect(after?.headers[0].value).toBe("second");
  });

  it("hides a datasource of another workspace", () => {
    expect(load(row.id, "another-workspace")).toBeNull();
    expect(load("missing")).toBeNull();
  });
});
