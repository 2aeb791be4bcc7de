import { z } from "zod";
import { graphqlModel } from "./graphql";
import type { QueryTexts } from "./modelKind";
import { postgresModel } from "./postgres";
import { restModel } from "./rest";

/**
 * Every datasource kind the model knows, one file each: a new kind is its file and one entry
 * here. The first is the kind of a body or query config that has none (stored before kinds).
 */
const kinds = [restModel, postgresModel, graphqlModel] as const;

type Kinds = typeof kinds;
type KindPart = "body" | "presented" | "query";
type PartsOf<T extends readonly unknown[], P extends KindPart> = {
  -readonly [I in keyof T]: T[I] extends { [Q in P]: infer S } ? S : never;
};

/** One part of every kind, as the tuple a discriminated union takes. */
function partsOf<P extends KindPart>(part: P): PartsOf<Kinds, P> {
  return kinds.map((kind) => kind[part]) as unknown as PartsOf<Kinds, P>;
}

const defaultKind = kinds[0].kind;

/** Bodies and configs without a kind are of the first kind: old clients, exports and stored documents. */
function withDefaultKind(value: unknown): unknown {
  return value !== null && typeof value === "object" && !("kind" in value)
    ? { ...value, kind: defaultKind }
    : value;
}

/** A datasource as an author writes it, told apart by `kind`; a body without one is REST. */
export const datasourceBodySchema = z.preprocess(
  withDefaultKind,
  z.discriminatedUnion("kind", partsOf("body")),
);
export type DatasourceBody = z.infer<typeof datasourceBodySchema>;
/** The name of a datasource kind (`"rest"`). */
export type DatasourceKindName = NonNullable<DatasourceBody["kind"]>;

/** A datasource as the API presents it: secret values never leave the server. */
export const datasourceSchema = z.discriminatedUnion("kind", partsOf("presented"));
export type Datasource = z.infer<typeof datasourceSchema>;

/**
 * A stored query of any datasource kind, told apart by `kind`. Configs stored before kinds
 * existed have none and are REST: the one migration, here, so old page docs, module bodies
 * and deployment snapshots keep loading.
 */
export const queryConfigSchema = z.preprocess(
  withDefaultKind,
  z.discriminatedUnion("kind", partsOf("query")),
);
export type QueryConfig = z.infer<typeof queryConfigSchema>;
export type QueryKind = NonNullable<QueryConfig["kind"]>;

/** The author's body of a datasource of kind `K`. */
export type DatasourceBodyOf<K extends DatasourceKindName> = Extract<DatasourceBody, { kind?: K }>;
/** The presented datasource of kind `K`. */
export type DatasourceOf<K extends DatasourceKindName> = Extract<Datasource, { kind: K }>;
/** A stored query config of kind `K`. */
export type QueryConfigOf<K extends QueryKind> = Extract<QueryConfig, { kind?: K }>;

type ModelKinds = { [M in Kinds[number] as M["kind"]]: M };

/**
 * Each kind's model by name: its schemas (`modelKinds.postgres.body`) for code of that kind,
 * so a new kind needs no line in the package's index.
 */
export const modelKinds = Object.fromEntries(kinds.map((kind) => [kind.kind, kind])) as ModelKinds;

/**
 * The walker of each kind's `{{ }}` texts. The server looks run values up by the exact
 * expression text listed here, so the editor, the preview, the viewer and rename all walk a
 * config through this table (see queryKinds.ts).
 */
export const queryTexts = modelKinds as unknown as {
  [K in QueryKind]: { queryTexts: QueryTexts<QueryConfigOf<K>> };
};
