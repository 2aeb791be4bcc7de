import type { Datasource } from "@tessera/model";

/** Where a datasource points, in one line: its base URL, endpoint, or PostgreSQL address. */
export function datasourceSummary(datasource: Datasource): string {
  switch (datasource.kind) {
    case "postgres":
      return `PostgreSQL ${datasource.user}@${datasource.host}:${datasource.port}/${datasource.database}`;
    case "graphql":
      return `GraphQL ${datasource.endpoint}`;
    default:
      return datasource.baseUrl;
  }
}
