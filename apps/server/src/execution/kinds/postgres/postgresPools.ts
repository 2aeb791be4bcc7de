import { isIP, Socket } from "node:net";
import pg from "pg";
import type { RunnablePostgresDatasource } from "../../../datasources/openDatasourceForRun";
import type { AddressPolicy } from "../../addressPolicy";
import { createCheckedLookup, type HostResolver, OutboundFailure } from "../../checkedLookup";
import { addressRefused } from "../../executionErrors";

/** A pool for one datasource as it stands, and the type names its results have shown. */
interface Entry {
  fingerprint: string;
  pool: pg.Pool;
  /** `prefer` found the server without TLS: the pool was made again without it. */
  plain: boolean;
  typeNames: Map<number, string>;
}

/** The pools of one server: one per PostgreSQL datasource, made on first use. */
export interface PostgresPools {
  /** A connection to the datasource, checked against the address policy as it connects. */
  connect(
    datasource: RunnablePostgresDatasource,
  ): Promise<{ client: pg.PoolClient; typeNames: Map<number, string> }>;
  /** Ends the datasource's pool (it changed or was deleted). */
  release(datasourceId: string): Promise<void>;
  /** Ends every pool. */
  close(): Promise<void>;
}

const NO_TLS = /does not support SSL/i;

/**
 * One `pg.Pool` per datasource. A pool is made for the datasource's config as opened (password
 * included): when a run sees another config (an edit, here or through another instance), the
 * old pool is ended and a new one made. Every socket resolves its host and checks each address
 * against the policy before it connects, with the same lookup as the HTTP client, so a name
 * that resolves (or rebinds) to a refused address never gets a connection.
 */
export function createPostgresPools(policy: AddressPolicy, resolve?: HostResolver): PostgresPools {
  const entries = new Map<string, Entry>();
  const lookup = createCheckedLookup(policy, resolve);

  const checkedStream = () => {
    const socket = new Socket();
    const connect = socket.connect.bind(socket);
    // node-postgres calls connect(port, host); the checked lookup goes in with them.
    socket.connect = ((port: number, host: string) => {
      const refusal = policy.refusalOfHostName(host) ?? (isIP(host) ? policy.refusalOf(host) : null);
      if (refusal) {
        process.nextTick(() => socket.destroy(new OutboundFailure(addressRefused(host, refusal))));
        return socket;
      }
      return connect({ port, host, lookup });
    }) as typeof socket.connect;
    return socket;
  };

  const make = (datasource: RunnablePostgresDatasource, fingerprint: string, plain: boolean): Entry => {
    const pool = new pg.Pool({
      host: datasource.host,
      port: datasource.port,
      database: datasource.database,
      user: datasource.user,
      password: datasource.password ?? "",
      ssl: sslOption(datasource, plain),
      statement_timeout: datasource.statementTimeoutMs,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      max: 5,
      allowExitOnIdle: true,
      application_name: "tessera",
      stream: checkedStream,
    });
    // An idle connection the database closes (a restart) must not crash the server.
    pool.on("error", () => {});
    return { fingerprint, pool, plain, typeNames: new Map() };
  };

  const release = async (datasourceId: string) => {
    const entry = entries.get(datasourceId);
    if (!entry) return;
    entries.delete(datasourceId);
    await entry.pool.end().catch(() => {});
  };

  return {
    async connect(datasource) {
      const fingerprint = JSON.stringify(datasource);
      let entry = entries.get(datasource.id);
      if (entry && entry.fingerprint !== fingerprint) {
        await release(datasource.id);
        entry = undefined;
      }
      if (!entry) {
        entry = make(datasource, fingerprint, false);
        entries.set(datasource.id, entry);
      }
      try {
        return { client: await entry.pool.connect(), typeNames: entry.typeNames };
      } catch (error) {
        if (
          datasource.sslMode !== "prefer" ||
          entry.plain ||
          !(error instanceof Error) ||
          !NO_TLS.test(error.message)
        )
          throw error;
        // `prefer`: the server has no TLS, so the pool goes on without it, as libpq does.
        await entry.pool.end().catch(() => {});
        const plain = make(datasource, fingerprint, true);
        entries.set(datasource.id, plain);
        return { client: await plain.pool.connect(), typeNames: plain.typeNames };
      }
    },
    release,
    async close() {
      await Promise.all([...entries.keys()].map(release));
    },
  };
}

function sslOption(datasource: RunnablePostgresDatasource, plain: boolean): pg.PoolConfig["ssl"] {
  switch (datasource.sslMode) {
    case "disable":
      return false;
    case "verify-full":
      return { rejectUnauthorized: true, servername: isIP(datasource.host) ? undefined : datasource.host };
    // `require` encrypts without checking the certificate, as libpq's does; `prefer` too, when it can.
    case "require":
      return { rejectUnauthorized: false };
    default:
      return plain ? false : { rejectUnauthorized: false };
  }
}
