import type { Package } from "@tessera/model";
import type { PackageRecord } from "../store/repositories/packages";

/** A package with its latest version and whether its drafts changed since. */
export function presentPackage(pkg: PackageRecord): Package {
  return {
    id: pkg.id,
    workspaceId: pkg.workspaceId,
    name: pkg.name,
    latestVersion: pkg.latestVersion,
    hasUnpublishedChanges: pkg.draftRevision !== pkg.publishedDraftRevision,
    updatedAt: pkg.updatedAt,
  };
}
