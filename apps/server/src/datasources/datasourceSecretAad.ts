import { datasourceOrigin } from "./datasourceOrigin";

/**
 * The associated data every secret of a datasource is sealed with: its id and origin. A
 * sealed value copied to another datasource, or left behind when the base URL moves to
 * another origin, no longer opens.
 */
export function datasourceSecretAad(datasourceId: string, baseUrl: string): string {
  return JSON.stringify(["datasource-secret", datasourceId, datasourceOrigin(baseUrl)]);
}
