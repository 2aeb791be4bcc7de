import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/createTestDatabase";
import { insertUser } from "../test/insertUser";
import { loginModule } from "../test/moduleBodies";
import { decodeDocument, encodeDocument, StoredDocumentError } from "./documents";
import { newId } from "./newId";
import { openPostgresStore } from "./postgres/openPostgresStore";
import type { Store } from "./Store";
import { openDatabase } from "./sqlite/openDatabase";
import { openSqliteStore } from "./sqlite/openSqliteStore";
import { sqliteMigrations } from "./sqlite/sqliteMigrations";

/** Opens two stores on one fresh database, as two processes would; `cleanup` closes and removes it. */
type OpenPair = () => Promise<{ first: Store; second: Store; cleanup(): Promise<void> }>;

const openSqlitePair: OpenPair = async () => {
  const dir = mkdtempSync(join(tmpdir(), "tessera-store-"));
  const first = openSqliteStore(dir);
  const second = openSqliteStore(dir);
  return {
    first,
    second,
    cleanup: async () => {
      await first.close();
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const adminUrl = process.env.TEST_DATABASE_URL;
const openPostgresPair: OpenPair = async () => {
  const database = await createTestDatabase(adminUrl!);
  const first = openPostgresStore(database.url, { maxConnections: 3 });
  const second = openPostgresStore(database.url, { maxConnections: 3 });
  return {
    first,
    second,
    cleanup: async () => {
      await first.close();
      await second.close();
      await database.drop();
    },
  };
};

function storeContract(open: OpenPair) {
  return async () => {
    const { first: store, second: other, cleanup } = await open();
    afterAll(cleanup);
    const appliedFirst = await store.migrate();
    const appliedAgain = await other.migrate();

    const user = () => insertUser(store);

    it("applies every migration once, and none the second time", () => {
      expect(appliedFirst).toEqual(sqliteMigrations.map((step) => step.version));
      expect(appliedAgain).toEqual([]);
    });

    it("rolls a transaction back when its work throws", async () => {
      const userId = await user();
      const id = newId();
      await expect(
        store.transaction(async (tx) => {
          await tx.workspaces.insert({ id, name: "Doomed", createdAt: new Date().toISOString() });
          await tx.workspaces.addMember({
            workspaceId: id,
            userId,
            role: "admin",
            createdAt: new Date().toISOString(),
          });
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      expect(await store.workspaces.findMembership("workspace", id, userId)).toBeUndefined();
      expect(await store.workspaces.listForUser(userId)).toEqual([]);
    });

    it("changes the version after a write, here and in another store on the same database, and not after a read", async () => {
      const before = await store.version();
      const otherBefore = await other.version();
      await store.workspaces.listForUser("nobody");
      expect(await store.version()).toBe(before);

      await store.workspaces.insert({ id: newId(), name: "W", createdAt: new Date().toISOString() });
      const afterWrite = await store.version();
      expect(afterWrite).not.toBe(before);
      expect(await other.version()).not.toBe(otherBefore);

      const otherAfterWrite = await other.version();
      await store.transaction(async (tx) => {
        await tx.workspaces.insert({
          id: newId(),
          name: "In a transaction",
          createdAt: new Date().toISOString(),
        });
      });
      expect(await store.version()).not.toBe(afterWrite);
      expect(await other.version()).not.toBe(otherAfterWrite);
    });

    it("lets a second transaction locking the same row go on only after the first has ended", async () => {
      const id = newId();
      await store.workspaces.insert({ id, name: "Locked", createdAt: new Date().toISOString() });
      const events: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const firstLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const firstDone = store.transaction(async (tx) => {
        await tx.locks.lockRow("workspaces", id);
        locked();
        await held;
        await tx.workspaces.rename(id, "First", new Date().toISOString());
        events.push("first commits");
      });
      await firstLocked;
      // On SQLite, a second connection in this process would block the event loop in BEGIN
      // IMMEDIATE (better-sqlite3 waits synchronously) and the first could never finish: the
      // same store shows the order, through the one connection every transaction takes in turn.
      const peer = store.dialect.name === "postgres" ? other : store;
      const secondDone = peer.transaction(async (tx) => {
        await tx.locks.lockRow("workspaces", id);
        events.push("second has the lock");
        await tx.workspaces.rename(id, "Second", new Date().toISOString());
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      events.push("first releases");
      release();
      await Promise.all([firstDone, secondDone]);
      expect(events).toEqual(["first releases", "first commits", "second has the lock"]);
    });

    it("reads members back in camelCase, oldest first, with the role check in one lookup", async () => {
      const admin = await user();
      const viewer = await user();
      const outsider = await user();
      const id = newId();
      await store.workspaces.insert({ id, name: "Team", createdAt: "2026-01-01T00:00:00.000Z" });
      await store.workspaces.addMember({
        workspaceId: id,
        userId: admin,
        role: "admin",
        createdAt: "2026-01-01T00:00:00.000Z",
      });
      await store.workspaces.addMember({
        workspaceId: id,
        userId: viewer,
        role: "viewer",
        createdAt: "2026-01-02T00:00:00.000Z",
      });
      expect((await store.workspaces.listMembers(id)).map((m) => [m.userId, m.role, m.createdAt])).toEqual([
        [admin, "admin", "2026-01-01T00:00:00.000Z"],
        [viewer, "viewer", "2026-01-02T00:00:00.000Z"],
      ]);
      expect(await store.workspaces.countAdmins(id)).toBe(1);
      expect(await store.workspaces.findMembership("workspace", id, viewer)).toEqual({
        workspaceId: id,
        role: "viewer",
      });
      expect(await store.workspaces.findMembership("workspace", id, outsider)).toEqual({
        workspaceId: id,
        role: null,
      });
    });

    it("sorts workspace names without regard to case", async () => {
      const userId = await user();
      for (const name of ["beta", "Alpha", "Gamma"]) {
        const id = newId();
        await store.workspaces.insert({ id, name, createdAt: new Date().toISOString() });
        await store.workspaces.addMember({
          workspaceId: id,
          userId,
          role: "admin",
          createdAt: new Date().toISOString(),
        });
      }
      expect((await store.workspaces.listForUser(userId)).map((w) => w.name)).toEqual([
        "Alpha",
        "beta",
        "Gamma",
      ]);
    });

    it("reads session expiry (epoch milliseconds) back as a number", async () => {
      const userId = await user();
      const expiresAt = Date.now() + 14 * 24 * 60 * 60 * 1000;
      await store.sessions.insert({
        tokenHash: `h-${userId}`,
        userId,
        createdAt: new Date().toISOString(),
        expiresAt,
      });
      const found = await store.sessions.findUser(`h-${userId}`);
      expect(found?.expiresAt).toBe(expiresAt);
      expect(found?.user).toEqual({
        id: userId,
        email: `${userId}@example.com`,
        name: "U",
        isInstanceAdmin: false,
      });
      expect(await store.sessions.deleteExpired(expiresAt)).toBeGreaterThanOrEqual(1);
      expect(await store.sessions.findUser(`h-${userId}`)).toBeUndefined();
    });
  };
}

describe("the SQLite store", storeContract(openSqlitePair));

// A skipped suite still runs its body to list its tests: without a cluster, open nothing.
if (adminUrl) describe("the PostgreSQL store", storeContract(openPostgresPair));
else {
  describe("the PostgreSQL store", () => {
    // Skipped on purpose without a cluster: npm test's PostgreSQL pass sets TEST_DATABASE_URL.
    it.skip("is skipped: set TEST_DATABASE_URL to an admin URL of a throwaway cluster", () => {});
  });
}

/** How the server migrated its SQLite file before the store: each step and its row, in one transaction. */
function migrateAsBefore(db: ReturnType<typeof openDatabase>): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const applied: number[] = [];
  for (const step of sqliteMigrations.filter((step) => step.version <= 4)) {
    db.transaction(() => {
      db.exec(step.sql);
      db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        step.version,
        step.name,
        new Date().toISOString(),
      );
    })();
    applied.push(step.version);
  }
  return applied;
}

describe("a SQLite file from before the store", () => {
  it("opens as it is: the migrations it holds count, only the newer ones run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tessera-store-old-"));
    const raw = openDatabase(dir);
    expect(migrateAsBefore(raw)).toEqual([1, 2, 3, 4]);
    raw.close();
    const store = openSqliteStore(dir);
    try {
      expect(await store.migrate()).toEqual(
        sqliteMigrations.map((step) => step.version).filter((version) => version > 4),
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("stored documents", () => {
  const page = { widgets: [], queries: [], jsObjects: [], moduleInstances: [] };

  it("reads a document without schemaVersion as version 1", () => {
    expect(decodeDocument("pageDoc", JSON.stringify(page))).toEqual({ schemaVersion: 1, ...page });
    expect(decodeDocument("moduleBody", JSON.stringify(loginModule()))).toEqual(loginModule());
    expect(decodeDocument("versionModules", JSON.stringify([loginModule()]))).toEqual([loginModule()]);
  });

  it("writes schemaVersion and reads its own output back", () => {
    const text = encodeDocument("moduleBody", loginModule());
    expect(JSON.parse(text).schemaVersion).toBe(2);
    expect(decodeDocument("moduleBody", text)).toEqual(loginModule());
    const config = {
      kind: "rest" as const,
      baseUrl: "https://api.example.com",
      headers: [{ name: "apikey", secret: true, sealed: "v2.abc" }],
      timeoutMs: 5000,
    };
    expect(decodeDocument("datasourceConfig", encodeDocument("datasourceConfig", config))).toEqual(config);
    expect(decodeDocument("pageDoc", encodeDocument("pageDoc", { schemaVersion: 1, ...page }))).toEqual({
      schemaVersion: 1,
      ...page,
    });
  });

  it("refuses a bad document with an error naming the kind, the row and the path", () => {
    const bad = () =>
      decodeDocument("moduleBody", JSON.stringify({ kind: "js", name: "Login", inputs: [] }), "module m1");
    expect(bad).toThrow(StoredDocumentError);
    expect(bad).toThrow(/^Stored module body \(module m1\) cannot be read: source: /);
    expect(() => decodeDocument("pageDoc", "{not json")).toThrow(
      "Stored page document cannot be read: not JSON",
    );
    expect(() => decodeDocument("pageDoc", JSON.stringify({ ...page, widgets: "none" }))).toThrow(
      /^Stored page document cannot be read: widgets: /,
    );
  });

  it("refuses a document from a newer server rather than guess at it", () => {
    expect(() => decodeDocument("deploymentSnapshot", JSON.stringify({ schemaVersion: 2 }))).toThrow(
      "Stored deployment snapshot cannot be read: schemaVersion 2 is newer than this server reads (1): it was written by a newer Tessera",
    );
  });
});

describe("migration 5 (datasource kinds)", () => {
  it("moves a REST datasource's columns into its config document, sealed values untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tessera-store-kinds-"));
    const raw = openDatabase(dir);
    migrateAsBefore(raw);
    const now = new Date().toISOString();
    raw
      .prepare("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('w', 'W', ?, ?)")
      .run(now, now);
    const headers = [
      { name: "apikey", secret: true, sealed: "v2.sealed-value" },
      { name: "Accept", secret: false, value: "application/json" },
    ];
    raw
      .prepare(
        "INSERT INTO datasources (id, workspace_id, name, base_url, headers_json, timeout_ms, created_at, updated_at) VALUES ('d', 'w', 'Auth', 'https://api.example.com/v1', ?, 2500, ?, ?)",
      )
      .run(JSON.stringify(headers), now, now);
    raw.close();
    const store = openSqliteStore(dir);
    try {
      await store.migrate();
      expect(await store.datasources.findById("d")).toEqual({
        id: "d",
        workspaceId: "w",
        name: "Auth",
        createdAt: now,
        updatedAt: now,
        kind: "rest",
        baseUrl: "https://api.example.com/v1",
        headers,
        timeoutMs: 2500,
      });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
