import { type ModuleBody, moduleBodySchema, type PackageVersion } from "@tessera/model";
import type { PackageVersionRow } from "../packages/packageRows";

/** An immutable published version with all its modules. */
export function presentPackageVersion(row: PackageVersionRow): PackageVersion {
  const modules = (JSON.parse(row.modules_json) as unknown[]).map(
    (m) => moduleBodySchema.parse(m) as ModuleBody,
  );
  return { packageId: row.package_id, version: row.version, publishedAt: row.published_at, modules };
}

/** A line of the version list: without the modules. */
export function presentPackageVersionSummary(row: PackageVersionRow): {
  version: number;
  publishedAt: string;
  moduleCount: number;
} {
  return {
    version: row.version,
    publishedAt: row.published_at,
    moduleCount: (JSON.parse(row.modules_json) as unknown[]).length,
  };
}
