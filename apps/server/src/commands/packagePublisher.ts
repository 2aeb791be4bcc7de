import { refreshActionsOf } from "@tessera/model";
import { badRequest, notFound } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { PackageVersionRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";
import { assertNoBreakingChange } from "./breakingChangeFinder";

/**
 * Publishes a package: the next version number and a snapshot of every draft module, in
 * one transaction so a concurrent save lands wholly before or after the snapshot. Unless
 * `confirm`, first refuses (409 breaking_change) when the draft takes away what an app
 * uses, in the same transaction, so the check holds for exactly what is published. Versions
 * are never changed afterwards.
 */
export function packagePublisher(
  target: Store | Repositories,
  packageId: string,
  userId: string | null,
  options: { confirm?: boolean } = {},
): Promise<PackageVersionRecord> {
  return inTransaction(target, async (tx) => {
    // Two publishes at once must get consecutive numbers: the second waits here for the first.
    await tx.locks.lockRow("packages", packageId);
    const pkg = await tx.packages.findById(packageId);
    if (!pkg) throw notFound("Package");
    if (!options.confirm) await assertNoBreakingChange(tx, packageId);
    const modules = await tx.packages.listModules(packageId);
    const refreshActions = refreshActionsOf(modules.map((m) => m.body));
    if (refreshActions.length > 1) {
      throw badRequest(
        `A package has one refresh action; ${refreshActions.join(", ")} are all marked vaultRefresh`,
        "several_refresh_actions",
      );
    }
    const version: PackageVersionRecord = {
      packageId,
      version: (pkg.latestVersion ?? 0) + 1,
      publishedAt: new Date().toISOString(),
      publishedBy: userId,
      modules: modules.map((module) => module.body),
    };
    await tx.packages.insertVersion(version);
    await tx.packages.markPublished(packageId, version.version, version.publishedAt);
    return version;
  });
}
