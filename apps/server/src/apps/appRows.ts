// Rows as the bare SQLite handle returns them, for the code not yet on the store (the demo
// seed, where-used). Code on the store uses the records of store/repositories/ instead.

/** An `apps` row as stored. */
export interface AppRow {
  id: string;
  workspace_id: string;
  name: string;
  slug: string;
  is_public: number;
  latest_deployment: number | null;
  created_at: string;
  updated_at: string;
}

/** A `pages` row as stored; `doc_json` is the draft PageDoc. */
export interface PageRow {
  id: string;
  app_id: string;
  name: string;
  slug: string;
  sort_order: number;
  is_home: number;
  doc_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** A `deployments` row as stored; `snapshot_json` is a DeploymentSnapshot. */
export interface DeploymentRow {
  app_id: string;
  version: number;
  deployed_at: string;
  deployed_by: string | null;
  snapshot_json: string;
}
