/** A `packages` row as stored. */
export interface PackageRow {
  id: string;
  workspace_id: string;
  name: string;
  latest_version: number | null;
  /** Bumped by every draft module change; compared with the value saved at publish. */
  draft_revision: number;
  published_draft_revision: number;
  created_at: string;
  updated_at: string;
}

/** A `modules` row (a draft module) as stored. */
export interface ModuleRow {
  id: string;
  package_id: string;
  name: string;
  body_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** A `package_versions` row as stored. */
export interface PackageVersionRow {
  package_id: string;
  version: number;
  published_at: string;
  published_by: string | null;
  modules_json: string;
}
