import type { RepositoryContext } from "../Store";

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export type PackagesRepository = ReturnType<typeof createPackagesRepository>;

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export function createPackagesRepository(_ctx: RepositoryContext) {
  return {};
}
