import type { DatasourceBody } from "@tessera/model";
import type { SecretBox } from "../secrets/createSecretBox";
import { datasourceConfigAad } from "./datasourceSecretAad";
import { type StoredDatasourceConfig, storedConfigOrigin } from "./storedDatasourceConfig";
import type { StoredHeader } from "./storedHeader";

/** A stored config, and the secrets whose kept value was dropped. */
export interface SealedConfig {
  config: StoredDatasourceConfig;
  /** Names of secrets sent without value whose stored value could not be kept. */
  clearedSecrets: string[];
}

/**
 * Turns the datasource an author sent into its stored config, encrypting every secret for
 * this datasource and its origin. A secret sent without value keeps the stored one (a
 * header of the same name, case-insensitive as HTTP names are; the PostgreSQL password):
 * secrets are write-only, so the editor never has them to resend. But only while the origin
 * stays: a kept secret would otherwise go to whatever server the datasource now names, so
 * moving (another base URL origin or endpoint, another database host, port or name) drops
 * every secret the same request does not enter again, and names it in `clearedSecrets`.
 * A body of another kind than `previous` keeps nothing.
 */
export function sealDatasourceConfig(
  box: SecretBox,
  datasourceId: string,
  body: DatasourceBody,
  previous: StoredDatasourceConfig | null = null,
): SealedConfig {
  const clearedSecrets: string[] = [];
  const plain = configOf(body);
  const aad = datasourceConfigAad(datasourceId, plain);
  const kept = previous?.kind === plain.kind ? previous : null;
  const sameOrigin = kept !== null && storedConfigOrigin(kept) === storedConfigOrigin(plain);
  const sealHeaders = (
    headers: Extract<DatasourceBody, { headers: unknown }>["headers"],
    previousHeaders: StoredHeader[] | undefined,
  ) =>
    headers.map((header): StoredHeader => {
      if (!header.secret) return { name: header.name, secret: false, value: header.value ?? "" };
      if (header.value !== undefined)
        return { name: header.name, secret: true, sealed: box.seal(header.value, aad) };
      const old = previousHeaders?.find(
        (p) => p.secret && p.sealed && p.name.toLowerCase() === header.name.toLowerCase(),
      );
      if (old?.sealed && sameOrigin) return { name: header.name, secret: true, sealed: old.sealed };
      if (old) clearedSecrets.push(header.name);
      return { name: header.name, secret: true };
    });

  switch (body.kind) {
    case "postgres": {
      const config = plain as Extract<StoredDatasourceConfig, { kind: "postgres" }>;
      const oldSealed = kept?.kind === "postgres" ? kept.passwordSealed : undefined;
      let passwordSealed: string | undefined;
      if (body.password !== undefined)
        passwordSealed = body.password === "" ? undefined : box.seal(body.password, aad);
      else if (oldSealed && sameOrigin) passwordSealed = oldSealed;
      else if (oldSealed) clearedSecrets.push("password");
      return { config: { ...config, ...(passwordSealed ? { passwordSealed } : {}) }, clearedSecrets };
    }
    case "graphql":
      return {
        config: {
          kind: "graphql",
          endpoint: body.endpoint,
          headers: sealHeaders(body.headers, kept?.kind === "graphql" ? kept.headers : undefined),
          timeoutMs: body.timeoutMs,
        },
        clearedSecrets,
      };
    default:
      return {
        config: {
          kind: "rest",
          baseUrl: body.baseUrl,
          headers: sealHeaders(body.headers, kept?.kind === "rest" ? kept.headers : undefined),
          timeoutMs: body.timeoutMs,
        },
        clearedSecrets,
      };
  }
}

/** The body's config fields without secrets: what the origin and the associated data are read from. */
function configOf(body: DatasourceBody): StoredDatasourceConfig {
  switch (body.kind) {
    case "postgres": {
      const { name: _name, password: _password, ...config } = body;
      return config;
    }
    case "graphql":
      return { kind: "graphql", endpoint: body.endpoint, headers: [], timeoutMs: body.timeoutMs };
    default:
      return { kind: "rest", baseUrl: body.baseUrl, headers: [], timeoutMs: body.timeoutMs };
  }
}
