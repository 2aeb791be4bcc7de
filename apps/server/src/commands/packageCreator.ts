import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import type { PackageRow } from "../packages/packageRows";

/** Creates an empty package in a workspace. */
export function packageCreator(db: Db, workspaceId: string, name: string): PackageRow {
  const now = new Date().toISOString();
  const row: PackageRow = {
    id: newId(),
    workspace_id: workspaceId,
    name,
    latest_version: null,
    draft_revision: 0,
    published_draft_revision: 0,
    created_at: now,
    updated_at: now,
  };
  db.prepare(
    `INSERT INTO packages (id, workspace_id, name, latest_version, draft_revision, published_draft_revision, created_at, updated_at)
     VALUES (@id, @workspace_id, @name, @latest_version, @draft_revision, @published_draft_revision, @created_at, @updated_at)`,
  ).run(row);
  return row;
}
