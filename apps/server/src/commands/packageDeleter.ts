import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";

/**
 * Deletes a package with its drafts and versions, unless the latest deployment of an app
 * pins one of its versions: then 409 naming the app, as deleting would break nothing that
 * runs today but would make that deployment impossible to reproduce or upgrade.
 */
export function packageDeleter(db: Db, packageId: string): void {
  db.transaction(() => {
    const user = db
      .prepare(
        `SELECT a.name FROM deployment_packages dp
         JOIN apps a ON a.id = dp.app_id AND a.latest_deployment = dp.deployment
         WHERE dp.package_id = ? ORDER BY a.name LIMIT 1`,
      )
      .get(packageId) as { name: string } | undefined;
    if (user) {
      throw conflict(
        "package_in_use",
        `The deployed app "${user.name}" uses this package; redeploy it without the package first`,
      );
    }
    db.prepare("DELETE FROM packages WHERE id = ?").run(packageId);
  })();
}
