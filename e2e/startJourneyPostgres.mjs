// The PostgreSQL server the datasource journeys query (playwright.config.ts starts it as a
// webServer): a throwaway cluster from scripts/lib/postgres.mjs with a database `shop`, owned
// by a password-checked role, holding a small `users` table. It prints the port it listens
// on, which Playwright hands to the tests as E2E_POSTGRES_PORT, and runs until SIGTERM.
//
// Without PostgreSQL installed it prints port 0 and the journeys that need it skip, saying
// why; in CI (which installs it) that is an error instead.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { findPostgresBin, startPostgres } from "../scripts/lib/postgres.mjs";

// The role and database the journeys' datasource connects as, from fixtures/journeyPostgres.ts
// by way of playwright.config.ts.
const ROLE = process.env.JOURNEY_POSTGRES_USER;
const PASSWORD = process.env.JOURNEY_POSTGRES_PASSWORD;
const DATABASE = process.env.JOURNEY_POSTGRES_DATABASE;
if (!ROLE || !PASSWORD || !DATABASE || !/^\w+$/.test(`${ROLE}${PASSWORD.replaceAll("-", "")}${DATABASE}`)) {
  console.error("usage: JOURNEY_POSTGRES_USER, _PASSWORD and _DATABASE (word characters) must be set");
  process.exit(2);
}

const bin = findPostgresBin();
if (!bin) {
  if (process.env.CI) {
    console.error("✖ The datasource journeys need PostgreSQL: apt-get install -y postgresql");
    process.exit(1);
  }
  console.log("journey PostgreSQL on port 0 (not installed: the PostgreSQL journeys skip)");
} else {
  const postgres = await startPostgres({ quiet: true });
  const psql = (database, sql) => {
    const result = spawnSync(
      join(bin, "psql"),
      [
        "-h",
        "127.0.0.1",
        "-p",
        String(postgres.port),
        "-U",
        "postgres",
        "-d",
        database,
        "-v",
        "ON_ERROR_STOP=1",
        "-q",
        "-c",
        sql,
      ],
      { encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  };
  psql("postgres", `CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'`);
  psql("postgres", `CREATE DATABASE ${DATABASE} OWNER ${ROLE}`);
  psql(
    DATABASE,
    `SET ROLE ${ROLE};
     CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE);
     INSERT INTO users (name, email) VALUES
       ('Ada Lovelace', 'ada@example.com'),
       ('Grace Hopper', 'grace@navy.example'),
       ('Alan Turing', 'alan@example.com');`,
  );
  // The cluster trusts every local connection; the journey's role must give its password, so
  // a wrong one is refused as it would be on a real server. The superuser keeps trust.
  writeFileSync(
    join(postgres.dir, "data", "pg_hba.conf"),
    "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
  );
  psql("postgres", "SELECT pg_reload_conf()");
  console.log(`journey PostgreSQL on port ${postgres.port}`);
}
// Kept alive until Playwright stops it; postgres.mjs stops the cluster on SIGTERM and exit.
setInterval(() => {}, 60_000);
