/**
 * The package tables as the bare SQLite handle returns them, for the code not yet on the
 * store (the demo seeds and app deploys); everything else reads records from
 * store/repositories/packages.ts. Goes once those callers move to the store.
 */

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

/** A `package_versions` row as stored. */
export interface PackageVersionRow {
  package_id: string;
  version: number;
  published_at: string;
  published_by: string | null;
  modules_json: string;
}
