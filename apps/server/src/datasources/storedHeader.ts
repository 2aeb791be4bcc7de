/**
 * A datasource header as stored in `datasources.headers_json`: plain `value` for ordinary
 * headers, `sealed` (AES-256-GCM, see SecretBox) for secret ones.
 */
export interface StoredHeader {
  name: string;
  secret: boolean;
  value?: string;
  sealed?: string;
}

/** A `datasources` row as the raw SQLite handle returns it, for the demo seed that still writes through it. */
export interface DatasourceRow {
  id: string;
  workspace_id: string;
  name: string;
  base_url: string;
  headers_json: string;
  timeout_ms: number;
  created_at: string;
  updated_at: string;
}
