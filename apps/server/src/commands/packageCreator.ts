import { newId } from "../store/newId";
import type { PackageRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";

/** Creates an empty package in a workspace. */
export async function packageCreator(
  repos: Store | Repositories,
  workspaceId: string,
  name: string,
): Promise<PackageRecord> {
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
  await repos.packages.insert(pkg);
  return pkg;
}
