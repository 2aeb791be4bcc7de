import type { ServerConfig } from "../config/loadConfig";
import { openPostgresStore } from "./postgres/openPostgresStore";
import type { Store } from "./Store";
import { openSqliteStore } from "./sqlite/openSqliteStore";

/**
 * The configured store: PostgreSQL when `databaseUrl` is set (loadConfig accepts only
 * postgres:// and postgresql://), else `tessera.db` in `dataDir`. Call `store.migrate()` next.
 *
 * @example const store = openStore(config); await store.migrate();
 */
export function openStore(config: Pick<ServerConfig, "dataDir" | "databaseUrl">): Store {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
}
