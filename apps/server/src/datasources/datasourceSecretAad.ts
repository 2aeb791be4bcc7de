import { datasourceOrigin } from "./datasourceOrigin";
import { type StoredDatasourceConfig, storedConfigOrigin } from "./storedDatasourceConfig";

/**
 * The associated data every secret of a datasource is sealed with: its id and origin. A
 * sealed value copied to another datasource, or left behind when the datasource moves to
 * another origin (base URL, endpoint, database host, port or name), no longer opens.
 */
export function datasourceConfigAad(datasourceId: string, config: StoredDatasourceConfig): string {
  return originAad(datasourceId, storedConfigOrigin(config));
}

/** The associated data of an HTTP datasource's secrets at `baseUrl` (a REST base URL or GraphQL endpoint). */
export function datasourceSecretAad(datasourceId: string, baseUrl: string): string {
  return originAad(datasourceId, datasourceOrigin(baseUrl));
}

function originAad(datasourceId: string, origin: string): string {
  return JSON.stringify(["datasource-secret", datasourceId, origin]);
}
