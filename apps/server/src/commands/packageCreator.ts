import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import type { PackageRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";

/** Creates an empty package in a workspace. */
export function packageCreator(
  repos: Store | Repositories,
  workspaceId: string,
  name: string,
): Promise<PackageRecord>;
/** The same on the bare SQLite handle, for the demo seed until it moves to the store. */
export function packageCreator(db: Db, workspaceId: string, name: string): PackageRecord;
export function packageCreator(
  target: Store | Repositories | Db,
  workspaceId: string,
  name: string,
): PackageRecord | Promise<PackageRecord> {
  const now = new Date().toISOString();
  const pkg: PackageRecord = {
    id: newId(),
    workspaceId,
    name,
    latestVersion: null,
    draftRevision: 0,
    publishedDraftRevision: 0,
    createdAt: now,
    updatedAt: now,
  };
  if ("prepare" in target) {
    target
      .prepare(
        `INSERT INTO packages (id, workspace_id, name, latest_version, draft_revision, published_draft_revision, created_at, updated_at)
         VALUES (?, ?, ?, NULL, 0, 0, ?, ?)`,
      )
      .run(pkg.id, workspaceId, name, now, now);
    return pkg;
  }
  return target.packages.insert(pkg).then(() => pkg);
}
