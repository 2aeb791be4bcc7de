import { type Datasource, emptyQueryConfig, type QueryConfig } from "@tessera/model";
import { datasourceSummary } from "../datasource/datasourceSummary";
import { allKindForms } from "../kindForms/kindFormsOf";

/**
 * The config of a query moved to `datasource` (none: no datasource): the same config on one of
 * its kind, an empty config of the datasource's kind on another.
 */
export function queryConfigOnDatasource(config: QueryConfig, datasource: Datasource | null): QueryConfig {
  if (!datasource) return { ...config, datasourceId: null };
  if (datasource.kind === (config.kind ?? "rest")) return { ...config, datasourceId: datasource.id };
  return emptyQueryConfig(datasource.kind, datasource.id);
}

/**
 * The datasource a query runs on, from all of the workspace's datasources grouped by kind.
 * Picking one of another kind turns the query into an empty query of that kind: a query's
 * kind is its datasource's.
 */
export function DatasourceSelect({
  config,
  datasources,
  onChange,
}: {
  config: QueryConfig;
  datasources: Datasource[] | undefined;
  onChange: (config: QueryConfig, field: string) => void;
}) {
  const choose = (id: string) =>
    onChange(queryConfigOnDatasource(config, datasources?.find((d) => d.id === id) ?? null), "datasource");

  return (
    <label>
      Datasource
      <select value={config.datasourceId ?? ""} onChange={(e) => choose(e.target.value)}>
        <option value="">{datasources ? "Choose a datasource…" : "Loading…"}</option>
        {allKindForms().map(({ kind, label }) => {
          const ofKind = datasources?.filter((d) => d.kind === kind) ?? [];
          return ofKind.length === 0 ? null : (
            <optgroup key={kind} label={label}>
              {ofKind.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} ({datasourceSummary(d)})
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
