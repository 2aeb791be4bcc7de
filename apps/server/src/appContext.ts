import type { Logger } from "pino";
import type { ServerConfig } from "./config/loadConfig";
import type { KindContext } from "./execution/kinds/DatasourceKind";
import type { RateLimiters } from "./limits/RateLimiter";
import type { RunVersionPrefetch } from "./routes/run/runVersionPrefetch";
import type { SecretBox } from "./secrets/createSecretBox";
import type { Store } from "./store/Store";
import type { Vault } from "./vault/createVault";

/** What every route handler can reach: the store, the config, the logger, the secret box and the rate limiters. */
export interface AppContext {
  /** Storage: every read and write goes through its repositories. */
  store: Store;
  config: ServerConfig;
  logger: Logger;
  box: SecretBox;
  /** Where the login and sign-up limits count: the store, so all processes on the database share the counts. */
  limiters: RateLimiters;
  /** Where the run limits count: memory on SQLite (one process per file), the store on PostgreSQL (see createApp). */
  runLimiters: RateLimiters;
  /** What datasource kinds share (the checked HTTP client, the address policy, their pools): made once per app. */
  kinds: KindContext;
  /** The store version read of each run, sent as its request arrives. */
  runVersions: RunVersionPrefetch;
  /** App visitors' vault sessions: kept response fields, substituted into runs by the server. */
  vault: Vault;
}
