import type pg from "pg";

/** What the version reader needs of a pool or client: one query by config. */
export interface VersionQueryable {
  query(config: pg.QueryConfig): Promise<pg.QueryResult<{ value: number | string }>>;
}

// Named, so each connection parses and plans it once and then only binds and executes it.
const READ_VERSION: pg.QueryConfig = {
  name: "tessera_store_version",
  text: "SELECT value FROM store_version WHERE id = 1",
};

/**
 * The PostgreSQL store's `version()`: the `store_version` counter, read for every caller in
 * this process at once. A caller is answered by a read sent after it called, never by one
 * already on its way, so a write committed before the call (by any process) is always seen:
 * callers that arrive while a read is out wait for the next one, which starts when that read
 * ends and answers them all. One caller costs one round trip as before; many concurrent
 * callers cost about two round trips in all, instead of one each queued on the pool.
 *
 * @example const version = createPostgresStoreVersion(pool); if (cached.version === (await version())) use(cached);
 */
export function createPostgresStoreVersion(db: VersionQueryable): () => Promise<string> {
  let inFlight: Promise<string> | null = null;
  let next: Promise<string> | null = null;

  const read = (): Promise<string> => {
    const reading = db.query(READ_VERSION).then((result) => String(result.rows[0]?.value ?? 0));
    inFlight = reading;
    const settled = () => {
      if (inFlight === reading) inFlight = null;
    };
    reading.then(settled, settled);
    return reading;
  };

  return () => {
    if (!inFlight) return read();
    // Starts once the read out now has ended, whether it answered or failed.
    next ??= inFlight
      .catch(() => undefined)
      .then(() => {
        next = null;
        return read();
      });
    return next;
  };
}
