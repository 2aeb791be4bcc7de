import type { Datasource, QueryConfig } from "@tessera/model";

/** What every kind's form is given: its own config, the workspace's datasources and where it runs. */
export interface QueryFormProps<C extends QueryConfig = QueryConfig> {
  config: C;
  /**
   * `field` names the edited field, so typing in one field coalesces into one undo step. The
   * config may be of another kind: picking a datasource of another kind changes the query's.
   */
  onChange: (config: QueryConfig, field: string) => void;
  /** Undefined while loading. */
  datasources: Datasource[] | undefined;
  /** A binding as written where the query runs: `Input1.text` on a page, `inputs.email` in a module. */
  bindingExample: string;
}
