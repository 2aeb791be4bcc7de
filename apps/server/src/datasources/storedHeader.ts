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
