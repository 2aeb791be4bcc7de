import type { Package } from "@tessera/model";
import type { PackageRow } from "../packages/packageRows";

/** A package with its latest version and whether its drafts changed since. */
export function presentPackage(row: PackageRow): Package {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    latestVersion: row.latest_version,
    hasUnpublishedChanges: row.draft_revision !== row.published_draft_revision,
    updatedAt: row.updated_at,
  };
}
