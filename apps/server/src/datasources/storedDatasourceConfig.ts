import { z } from "zod";
import type { StoredSecret } from "../execution/kinds/DatasourceKind";
import { allKinds, kindOfStored, type StoredDatasourceConfig } from "../execution/kinds/registry";

export type { StoredDatasourceConfig, StoredSecret };

/**
 * A datasource's config as stored in `datasources.config_json` (its `kind` also in the `kind`
 * column): the author's fields with every secret sealed (AES-256-GCM, see SecretBox) for the
 * datasource and its origin. Each kind's member is its `storedSchema`, in the registry.
 */
export const storedDatasourceConfigSchema = z.discriminatedUnion(
  "kind",
  allKinds().map((kind) => kind.storedSchema) as unknown as Parameters<typeof z.discriminatedUnion>[1],
) as unknown as z.ZodType<StoredDatasourceConfig>;

/** The origin of a stored config (`https://api.example.com`, `postgres://db:5432/app`). */
export function storedConfigOrigin(config: StoredDatasourceConfig): string {
  return kindOfStored(config).origin(config);
}

/** The sealed secrets of a stored config. */
export function storedConfigSecrets(config: StoredDatasourceConfig): StoredSecret[] {
  return kindOfStored(config).secrets(config);
}

/** The stored config with each sealed secret replaced by `fn` of it. */
export function mapStoredConfigSecrets<C extends StoredDatasourceConfig>(
  config: C,
  fn: (secret: StoredSecret) => string,
): C {
  return kindOfStored(config).mapSecrets(config, fn) as C;
}
