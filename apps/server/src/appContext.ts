import type { Logger } from "pino";
import type { ServerConfig } from "./config/loadConfig";
import type { Db } from "./db/openDatabase";
import type { SecretBox } from "./secrets/createSecretBox";

/** What every route handler can reach: the store, the config, the logger and the secret box. */
export interface AppContext {
  db: Db;
  config: ServerConfig;
  logger: Logger;
  box: SecretBox;
}
