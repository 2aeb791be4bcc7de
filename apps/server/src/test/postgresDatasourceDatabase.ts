import { randomBytes } from "node:crypto";
import pg from "pg";
import { startPostgres } from "../../../../scripts/lib/postgres.mjs";

/** A database of its own on a real PostgreSQL server, reached as a user with a password. */
export interface PostgresDatasourceDatabase {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** Runs SQL as the superuser on that database (fixtures, checks). */
  admin<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  drop(): Promise<void>;
}

/**
 * Creates a database and a user who must log in with a password (scram-sha-256, through a
 * pg_hba line for that user alone: the test clusters trust every other login) on the cluster
 * at TEST_POSTGRES_URL or TEST_DATABASE_URL (started by npm test), or on a cluster of its own.
 */
export async function createPostgresDatasourceDatabase(): Promise<PostgresDatasourceDatabase> {
  const given = process.env.TEST_POSTGRES_URL ?? process.env.TEST_DATABASE_URL;
  const own = given ? null : await startPostgres({ quiet: true });
  const adminUrl = given ?? own?.url;
  if (!adminUrl) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  const suffix = randomBytes(5).toString("hex");
  const database = `tessera_ds_${suffix}`;
  const user = `tessera_user_${suffix}`;
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const asAdmin = async (url: string, text: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(text, values);
    } finally {
      await client.end();
    }
  };
  await asAdmin(adminUrl, `CREATE ROLE ${user} LOGIN PASSWORD '${password}'`);
  await asAdmin(adminUrl, `CREATE DATABASE ${database} OWNER ${user}`);
  // The user's own line goes first in pg_hba.conf, written by the server itself (COPY TO).
  const hbaFile = (await asAdmin(adminUrl, "SHOW hba_file")).rows[0].hba_file as string;
  const current = (await asAdmin(adminUrl, "SELECT pg_read_file($1) AS text", [hbaFile])).rows[0]
    .text as string;
  const lines = [
    `host all ${user} 127.0.0.1/32 scram-sha-256`,
    ...current.split("\n").map((l) => l.replaceAll("\t", " ")),
  ];
  await asAdmin(
    adminUrl,
    `COPY (SELECT unnest($1::text[])) TO '${hbaFile.replaceAll("'", "''")}'`.replace(
      "$1",
      `ARRAY[${lines.map((l) => `'${l.replaceAll("'", "''")}'`).join(",")}]`,
    ),
  );
  await asAdmin(adminUrl, "SELECT pg_reload_conf()");
  const url = new URL(adminUrl);
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${database}`;
  return {
    host: url.hostname,
    port: Number(url.port),
    database,
    user,
    password,
    admin: (text, values) => asAdmin(databaseUrl.toString(), text, values),
    async drop() {
      await asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await asAdmin(adminUrl, `DROP ROLE IF EXISTS ${user}`);
      own?.stop();
    },
  };
}
