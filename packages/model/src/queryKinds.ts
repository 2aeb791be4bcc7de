import { bindingExpressions } from "@tessera/engine";
import type { QueryConfig, QueryKind } from "./query";

/** What the functions over query configs need to know of one kind. */
type QueryKindEntry<C extends QueryConfig> = {
  /** The config a new query of this kind starts from. */
  empty: (datasourceId: string | null) => C;
  /** Every text that may hold `{{ }}` bindings, in a fixed reading order. */
  texts: (config: C) => string[];
  /** The config with each of those texts replaced by `fn` of it. */
  mapTexts: (config: C, fn: (text: string) => string) => C;
};

/**
 * One entry per kind. The server looks run values up by the exact expression text listed
 * here, so the editor, the preview, the viewer and rename all walk a config through this table.
 */
const queryKinds: { [K in QueryKind]: QueryKindEntry<Extract<QueryConfig, { kind?: K }>> } = {
  rest: {
    empty: (datasourceId) => ({
      kind: "rest",
      datasourceId,
      method: "GET",
      path: "",
      queryParams: [],
      headers: [],
      body: "",
    }),
    texts: (config) => [
      config.path,
      ...config.queryParams.flatMap((p) => [p.key, p.value]),
      ...config.headers.flatMap((h) => [h.key, h.value]),
      config.body,
    ],
    mapTexts: (config, fn) => ({
      ...config,
      path: fn(config.path),
      queryParams: config.queryParams.map((p) => ({ key: fn(p.key), value: fn(p.value) })),
      headers: config.headers.map((h) => ({ key: fn(h.key), value: fn(h.value) })),
      body: fn(config.body),
    }),
  },
  postgres: {
    empty: (datasourceId) => ({ kind: "postgres", datasourceId, sql: "" }),
    texts: (config) => [config.sql],
    mapTexts: (config, fn) => ({ ...config, sql: fn(config.sql) }),
  },
  graphql: {
    empty: (datasourceId) => ({ kind: "graphql", datasourceId, query: "", variables: "" }),
    // The operation text takes no bindings (a value there could change the operation): only
    // the variables document does.
    texts: (config) => [config.variables],
    mapTexts: (config, fn) => ({ ...config, variables: fn(config.variables) }),
  },
};

function entryOf<C extends QueryConfig>(config: C): QueryKindEntry<C> {
  return queryKinds[config.kind ?? "rest"] as unknown as QueryKindEntry<C>;
}

/** The distinct `{{ }}` expressions of a query config, in reading order: what a run sends values for. */
export function queryConfigBindings(config: QueryConfig): string[] {
  return [
    ...new Set(
      entryOf(config)
        .texts(config)
        .flatMap((text) => bindingExpressions(text)),
    ),
  ];
}

/** The config with every text that may hold bindings replaced by `fn` of it (rename uses it). */
export function mapQueryConfigBindings<C extends QueryConfig>(config: C, fn: (text: string) => string): C {
  return entryOf(config).mapTexts(config, fn);
}

/** The empty config of a new query of the given kind on a datasource. */
export function emptyQueryConfig<K extends QueryKind>(
  kind: K,
  datasourceId: string | null,
): Extract<QueryConfig, { kind?: K }> {
  return queryKinds[kind].empty(datasourceId) as Extract<QueryConfig, { kind?: K }>;
}
