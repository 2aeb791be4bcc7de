import { type Datasource, emptyQueryConfig, type QueryConfig } from "@tessera/model";
import { datasourceKindLabels } from "../editor/datasource/datasourceForm";
import { datasourceSummary } from "../editor/datasource/datasourceSummary";

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
  const kind = config.kind ?? "rest";
  const choose = (id: string) => {
    const picked = datasources?.find((d) => d.id === id);
    if (!picked || picked.kind === kind) onChange({ ...config, datasourceId: id || null }, "datasource");
    else onChange(emptyQueryConfig(picked.kind, picked.id), "datasource");
  };
  const kinds = Object.keys(datasourceKindLabels) as Datasource["kind"][];
  return (
    <label>
      Datasource
      <select value={config.datasourceId ?? ""} onChange={(e) => choose(e.target.value)}>
        <option value="">{datasources ? "Choose a datasource…" : "Loading…"}</option>
        {kinds.map((k) => {
          const ofKind = datasources?.filter((d) => d.kind === k) ?? [];
          return ofKind.length === 0 ? null : (
            <optgroup key={k} label={datasourceKindLabels[k]}>
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
