import { EventEmitter } from "node:events";
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { pinnedConnection } from "./pinnedConnection";

/** A pool handing out fake clients whose queries answer `next` (a value or an error to throw). */
function fakePool() {
  const clients: FakeClient[] = [];
  const state = { next: (): unknown => ({ rows: [{ value: 1 }] }), poolQueries: 0 };
  class FakeClient extends EventEmitter {
    released: { error?: Error } | null = null;
    queries = 0;
    async query() {
      this.queries++;
      const answer = state.next();
      if (answer instanceof Error) throw answer;
      return answer;
    }
    release(error?: Error) {
      this.released = { error };
    }
  }
  const pool = {
    connect: async () => {
      const client = new FakeClient();
      clients.push(client);
      return client;
    },
    query: async () => {
      state.poolQueries++;
      return { rows: [{ value: 2 }] };
    },
  } as unknown as pg.Pool;
  return { pool, clients, state };
}

const statement: pg.QueryConfig = { name: "s", text: "SELECT 1" };
const serverError = () => Object.assign(new Error("relation missing"), { severity: "ERROR" });

describe("pinnedConnection", () => {
  it("takes one connection for all its queries and gives it back on release", async () => {
    const { pool, clients, state } = fakePool();
    const pinned = pinnedConnection(pool);
    await Promise.all([pinned.query(statement), pinned.query(statement)]);
    await pinned.query(statement);
    expect(clients).toHaveLength(1);
    expect(clients[0]?.queries).toBe(3);
    expect(clients[0]?.released).toBeNull();
    pinned.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(clients[0]?.released).toEqual({ error: undefined });
    // Once released, queries go through the pool.
    await pinned.query(statement);
    expect(state.poolQueries).toBe(1);
  });

  it("keeps the connection after a statement error, and drops it when the connection fails", async () => {
    const { pool, clients, state } = fakePool();
    const pinned = pinnedConnection(pool);
    state.next = serverError;
    await expect(pinned.query(statement)).rejects.toThrow("relation missing");
    expect(clients[0]?.released).toBeNull();

    state.next = () => new Error("Connection terminated unexpectedly");
    await expect(pinned.query(statement)).rejects.toThrow("Connection terminated");
    expect(clients[0]?.released?.error?.message).toBe("Connection terminated unexpectedly");
    state.next = () => ({ rows: [{ value: 3 }] });
    expect(await pinned.query(statement)).toEqual({ rows: [{ value: 3 }] });
    expect(clients).toHaveLength(2);
  });

  it("drops a connection that fails while idle, and takes another for the next query", async () => {
    const { pool, clients } = fakePool();
    const pinned = pinnedConnection(pool);
    await pinned.query(statement);
    clients[0]?.emit("error", new Error("server closed the connection"));
    expect(clients[0]?.released?.error?.message).toBe("server closed the connection");
    await pinned.query(statement);
    expect(clients).toHaveLength(2);
    expect(clients[1]?.released).toBeNull();
  });
});
