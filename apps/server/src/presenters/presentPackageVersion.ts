import type { PackageVersion } from "@tessera/model";
import type { PackageVersionRecord } from "../store/repositories/packages";

/** An immutable published version with all its modules. */
export function presentPackageVersion(version: PackageVersionRecord): PackageVersion {
  return {
    packageId: version.packageId,
    version: version.version,
    publishedAt: version.publishedAt,
    modules: version.modules,
  };
}

/** A line of the version list: without the modules. */
export function presentPackageVersionSummary(version: PackageVersionRecord): {
  version: number;
  publishedAt: string;
  moduleCount: number;
} {
  return { version: version.version, publishedAt: version.publishedAt, moduleCount: version.modules.length };
}
