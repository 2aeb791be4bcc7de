import { bindingExpressions } from "@tessera/engine";
import { type QueryConfig, type QueryConfigOf, type QueryKind, queryTexts } from "./kinds";
import type { QueryTexts } from "./kinds/modelKind";

function entryOf<C extends QueryConfig>(config: C): QueryTexts<C> {
  return queryTexts[config.kind ?? "rest"].queryTexts as unknown as QueryTexts<C>;
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
): QueryConfigOf<K> {
  return queryTexts[kind].queryTexts.empty(datasourceId) as QueryConfigOf<K>;
}
