import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import type { Store } from "../../store/Store";
import { createRunVersionPrefetch } from "./runVersionPrefetch";

/** A store whose version reads are counted, answering `answer()` each time. */
function countingStore(dialect: "postgres" | "sqlite", answer: () => Promise<string | null>) {
  const reads = { count: 0 };
  const store = {
    dialect: { name: dialect },
    version: () => {
      reads.count++;
      return answer();
    },
  } as unknown as Store;
  return { store, reads };
}

const request = (method: string, url: string) => ({ method, url }) as Request;

function pass(middleware: (req: Request, res: Response, next: () => void) => void, req: Request) {
  let called = false;
  middleware(req, {} as Response, () => {
    called = true;
  });
  expect(called).toBe(true);
}

describe("createRunVersionPrefetch", () => {
  it("on PostgreSQL sends a run's read as it arrives, and the handler gets that read", async () => {
    const { store, reads } = countingStore("postgres", async () => "7");
    const prefetch = createRunVersionPrefetch(store);
    const run = request("POST", "/api/v1/run");
    pass(prefetch.middleware, run);
    expect(reads.count).toBe(1);
    expect(await prefetch.versionOf(run)).toBe("7");
    expect(reads.count).toBe(1);
  });

  it("sends nothing early for other requests, nor on SQLite", async () => {
    const postgres = countingStore("postgres", async () => "1");
    const other = createRunVersionPrefetch(postgres.store);
    pass(other.middleware, request("GET", "/api/v1/run"));
    pass(other.middleware, request("POST", "/api/v1/datasources/d1/test"));
    expect(postgres.reads.count).toBe(0);

    const sqlite = countingStore("sqlite", async () => "3:4");
    const prefetch = createRunVersionPrefetch(sqlite.store);
    const run = request("POST", "/api/v1/run");
    pass(prefetch.middleware, run);
    expect(sqlite.reads.count).toBe(0);
    // Read in the handler's own turn instead.
    expect(await prefetch.versionOf(run)).toBe("3:4");
    expect(sqlite.reads.count).toBe(1);
  });

  it("lets the handler see a failed read, and a run refused before its handler leaves no unhandled rejection", async () => {
    const { store } = countingStore("postgres", async () => {
      throw new Error("connection lost");
    });
    const prefetch = createRunVersionPrefetch(store);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const refused = request("POST", "/api/v1/run");
      pass(prefetch.middleware, refused);
      const run = request("POST", "/api/v1/run");
      pass(prefetch.middleware, run);
      await expect(prefetch.versionOf(run)).rejects.toThrow("connection lost");
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
