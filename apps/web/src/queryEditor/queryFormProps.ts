import type { Datasource, QueryConfig } from "@tessera/model";
import type { ReactNode } from "react";

/** What the query editor is given: a query's config, the workspace's datasources and where it runs. */
export interface QueryEditorProps<C extends QueryConfig = QueryConfig> {
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

/** What every kind's form is given: the editor's props and the datasource picker to place. */
export interface QueryFormProps<C extends QueryConfig = QueryConfig> extends QueryEditorProps<C> {
  /**
   * The datasource select (queryEditor/DatasourceSelect), made by the query editor: it lists
   * the datasources of every kind, so a kind's file never imports it (no import circle).
   */
  datasourceSelect: ReactNode;
}
