import { conflict } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { Repositories, Store } from "../store/Store";

/**
 * Deletes a package with its drafts and versions, unless the latest deployment of an app
 * pins one of its versions: then 409 naming the app, as deleting would break nothing that
 * runs today but would make that deployment impossible to reproduce or upgrade.
 */
export function packageDeleter(repos: Store | Repositories, packageId: string): Promise<void> {
  return inTransaction(repos, async (tx) => {
    await tx.locks.lockRow("packages", packageId);
    const appName = await tx.usage.findDeployedAppUsing(packageId);
    if (appName !== undefined) {
      throw conflict(
        "package_in_use",
        `The deployed app "${appName}" uses this package; redeploy it without the package first`,
      );
    }
    await tx.packages.delete(packageId);
  });
}
