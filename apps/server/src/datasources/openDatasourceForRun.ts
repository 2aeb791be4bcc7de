import type { PostgresSslMode } from "@tessera/model";
import { conflict } from "../errors";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";
import { openStoredSecret } from "./openStoredSecret";
import { storedConfigOrigin } from "./storedDatasourceConfig";
import type { StoredHeader } from "./storedHeader";

interface Opened {
  id: string;
  workspaceId: string;
  name: string;
  /** Where its calls go (see storedConfigOrigin): what a deployment recorded. */
  origin: string;
}

/** An HTTP header with its plain value; secret headers without a stored value are left out. */
export type OpenedHeader = { name: string; value: string; secret: boolean };

/** A REST datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export interface RunnableRestDatasource extends Opened {
  kind: "rest";
  baseUrl: string;
  headers: OpenedHeader[];
  timeoutMs: number;
}

/** A PostgreSQL datasource with its password decrypted (null when none is stored). */
export interface RunnablePostgresDatasource extends Opened {
  kind: "postgres";
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  sslMode: PostgresSslMode;
  readOnly: boolean;
  statementTimeoutMs: number;
  rowCap: number;
}

/** A GraphQL datasource with its secret headers decrypted. */
export interface RunnableGraphqlDatasource extends Opened {
  kind: "graphql";
  endpoint: string;
  headers: OpenedHeader[];
  timeoutMs: number;
}

/** A datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export type RunnableDatasource =
  | RunnableRestDatasource
  | RunnablePostgresDatasource
  | RunnableGraphqlDatasource;

/**
 * A stored datasource with its secrets decrypted. A secret that cannot be decrypted is a 409
 * `secret_unreadable` naming it: the call would go out without it otherwise.
 */
export function openDatasourceForRun(box: SecretBox, datasource: DatasourceRecord): RunnableDatasource {
  const base = {
    id: datasource.id,
    workspaceId: datasource.workspaceId,
    name: datasource.name,
    origin: storedConfigOrigin(datasource),
  };
  const open = (what: string, sealed: string): string => {
    const value = openStoredSecret(box, datasource, sealed);
    if (value === null) {
      throw conflict(
        "secret_unreadable",
        `The ${what} of the datasource ${datasource.name} cannot be decrypted; enter it again in the datasource`,
      );
    }
    return value;
  };
  const openHeaders = (headers: StoredHeader[]): OpenedHeader[] => {
    const opened: OpenedHeader[] = [];
    for (const header of headers) {
      if (!header.secret) opened.push({ name: header.name, value: header.value ?? "", secret: false });
      else if (header.sealed)
        opened.push({
          name: header.name,
          value: open(`secret header ${header.name}`, header.sealed),
          secret: true,
        });
    }
    return opened;
  };
  switch (datasource.kind) {
    case "postgres": {
      const {
        passwordSealed,
        id: _id,
        workspaceId: _w,
        name: _n,
        createdAt: _c,
        updatedAt: _u,
        ...config
      } = datasource;
      return { ...base, ...config, password: passwordSealed ? open("password", passwordSealed) : null };
    }
    case "graphql":
      return {
        ...base,
        kind: "graphql",
        endpoint: datasource.endpoint,
        headers: openHeaders(datasource.headers),
        timeoutMs: datasource.timeoutMs,
      };
    default:
      return {
        ...base,
        kind: "rest",
        baseUrl: datasource.baseUrl,
        headers: openHeaders(datasource.headers),
        timeoutMs: datasource.timeoutMs,
      };
  }
}
