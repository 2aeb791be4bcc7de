import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";

/** Deletes a draft module and marks the package changed; published versions keep it. */
export function moduleDeleter(db: Db, packageId: string, moduleId: string): void {
  db.transaction(() => {
    const { changes } = db
      .prepare("DELETE FROM modules WHERE id = ? AND package_id = ?")
      .run(moduleId, packageId);
    if (changes === 0) throw notFound("Module");
    db.prepare("UPDATE packages SET draft_revision = draft_revision + 1, updated_at = ? WHERE id = ?").run(
      new Date().toISOString(),
      packageId,
    );
  })();
}
