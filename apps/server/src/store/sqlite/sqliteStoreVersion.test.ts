import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./openDatabase";
import { createStoreVersion, leaveOutOfVersion } from "./sqliteStoreVersion";

describe("createStoreVersion", () => {
  const dir = mkdtempSync(join(tmpdir(), "tessera-store-version-"));
  const db = openDatabase(dir);
  const other = openDatabase(dir);
  db.exec("CREATE TABLE t (a INTEGER)");
  const version = createStoreVersion(db);
  afterAll(() => {
    db.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stays the same while nothing is written", () => {
    const before = version();
    db.prepare("SELECT * FROM t").all();
    db.prepare("UPDATE t SET a = 1 WHERE a = 99").run();
    expect(version()).toBe(before);
  });

  it("changes on a write through this connection at once, and on a commit by another from the next turn", async () => {
    const start = version();
    db.prepare("INSERT INTO t VALUES (1)").run();
    const afterOwn = version();
    expect(afterOwn).not.toBe(start);
    await Promise.resolve();
    other.prepare("INSERT INTO t VALUES (2)").run();
    await Promise.resolve();
    expect(version()).not.toBe(afterOwn);
  });

  it("is null inside a transaction", () => {
    let inside: string | null = "";
    db.transaction(() => {
      db.prepare("INSERT INTO t VALUES (3)").run();
      inside = version();
    })();
    expect(inside).toBeNull();
    expect(version()).not.toBeNull();
  });

  it("leaves out the changes it is told to, and still counts every other write", () => {
    const before = version();
    const { changes } = db.prepare("INSERT INTO t VALUES (4), (5)").run();
    leaveOutOfVersion(db, changes);
    expect(version()).toBe(before);
    db.prepare("INSERT INTO t VALUES (6)").run();
    expect(version()).not.toBe(before);
  });
});
