import type pg from "pg";
import { describe, expect, it } from "vitest";
import { createPostgresStoreVersion, type VersionQueryable } from "./postgresStoreVersion";

/** A database whose reads answer only when the test says so, in the order they were sent. */
function heldDatabase() {
  const sent: { config: pg.QueryConfig; answer: (value: number) => void; fail: (error: Error) => void }[] =
    [];
  const db: VersionQueryable = {
    query: (config) =>
      new Promise((resolve, reject) => {
        sent.push({
          config,
          answer: (value) => resolve({ rows: [{ value }] } as pg.QueryResult<{ value: number }>),
          fail: reject,
        });
      }),
  };
  return { db, sent };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("createPostgresStoreVersion", () => {
  it("reads the counter with one named statement and answers it as a string", async () => {
    const { db, sent } = heldDatabase();
    const version = createPostgresStoreVersion(db);
    const first = version();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.config.name).toBeTruthy();
    expect(sent[0]?.config.text).toMatch(/FROM store_version/);
    sent[0]?.answer(41);
    expect(await first).toBe("41");
    const second = version();
    expect(sent).toHaveLength(2);
    // The same statement, by name, so the connection reuses its plan.
    expect(sent[1]?.config.name).toBe(sent[0]?.config.name);
    sent[1]?.answer(42);
    expect(await second).toBe("42");
  });

  it("answers callers that came while a read was out with one read sent after that read ended", async () => {
    const { db, sent } = heldDatabase();
    const version = createPostgresStoreVersion(db);
    const first = version();
    const waiting = [version(), version(), version()];
    await turn();
    // The read out may have begun before a write those callers must see: it is not theirs.
    expect(sent).toHaveLength(1);
    sent[0]?.answer(1);
    expect(await first).toBe("1");
    await turn();
    expect(sent).toHaveLength(2);
    sent[1]?.answer(2);
    expect(await Promise.all(waiting)).toEqual(["2", "2", "2"]);
  });

  it("fails the callers of a failed read only, and reads again for those waiting", async () => {
    const { db, sent } = heldDatabase();
    const version = createPostgresStoreVersion(db);
    const first = version();
    const waiting = version();
    sent[0]?.fail(new Error("connection lost"));
    await expect(first).rejects.toThrow("connection lost");
    await turn();
    expect(sent).toHaveLength(2);
    sent[1]?.answer(7);
    expect(await waiting).toBe("7");
    // Nothing is left out: the next caller sends a read of its own.
    const later = version();
    expect(sent).toHaveLength(3);
    sent[2]?.answer(8);
    expect(await later).toBe("8");
  });
});
