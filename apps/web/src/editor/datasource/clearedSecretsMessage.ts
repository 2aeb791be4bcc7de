import type { DatasourceKindName } from "@tessera/model";

/**
 * What the datasource editor says after a save that moved the datasource: the server dropped
 * the stored secrets the save did not enter again (headers when the base URL or endpoint went
 * to another origin, the password when a PostgreSQL server or database changed), so they must be.
 */
export function clearedSecretsMessage(names: readonly string[], kind: DatasourceKindName = "rest"): string {
  const one = names.length === 1;
  const moved =
    kind === "postgres"
      ? "The host, port or database changed"
      : kind === "graphql"
        ? "The endpoint now points to another server"
        : "The base URL now points to another server";
  return (
    `${moved}, so the stored ${one ? "secret" : "secrets"} ` +
    `${names.join(", ")} ${one ? "was" : "were"} cleared. Enter ${one ? "it" : "them"} again and save.`
  );
}
