import { bindingExpressions } from "@tessera/engine";
import { type QueryConfig, type QueryConfigOf, type QueryKind, queryTexts } from "./kinds";
import type { QueryTexts } from "./kinds/modelKind";
import { vaultKeyOf } from "./vault";

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

/**
 * The expressions the browser evaluates for a run: all but `vault.x`, which only the server
 * substitutes (from the visitor's app session). The viewer and the preview get these.
 */
export function browserBindings(config: QueryConfig): string[] {
  return queryConfigBindings(config).filter((expression) => vaultKeyOf(expression) === null);
}

/** The vault keys a query config reads (`{{vault.access_token}}`), in reading order. */
export function vaultKeysOf(config: QueryConfig): string[] {
  return queryConfigBindings(config).flatMap((expression) => vaultKeyOf(expression) ?? []);
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
