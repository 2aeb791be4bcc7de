import type { Logger } from "pino";
import type { ServerConfig } from "./config/loadConfig";
import type { Db } from "./db/openDatabase";
import type { RateLimiters } from "./limits/RateLimiter";
import type { SecretBox } from "./secrets/createSecretBox";
import type { Store } from "./store/Store";

/** What every route handler can reach: the store, the config, the logger, the secret box and the rate limiters. */
export interface AppContext {
  /** Storage: every read and write goes through its repositories. */
  store: Store;
  /**
   * The SQLite handle under the store, for the code not yet moved to repositories; on
   * PostgreSQL every use throws (see sqliteHandleOf).
   */
  db: Db;
  config: ServerConfig;
  logger: Logger;
  box: SecretBox;
  /** Where every rate limit counts: the store, so all processes on the database share the counts. */
  limiters: RateLimiters;
}
