import type { BreakingUse, ModuleBody } from "@tessera/model";
import type { Db } from "../db/openDatabase";
import type { ModuleRow, PackageVersionRow } from "../packages/packageRows";
import { BreakingChangeError } from "../usage/BreakingChangeError";
import { instanceBreakage } from "../usage/instanceBreakage";
import { listPackageUses } from "../usage/listPackageUses";
import { summarizePackageChange } from "../usage/summarizePackageChange";

/**
 * The app uses that publishing the package's current draft would break: every module
 * instance (in a page draft or an app's latest deployment) whose pinned version has a
 * module, function or input that the draft no longer has.
 */
export function breakingChangeFinder(db: Db, packageId: string): BreakingUse[] {
  const uses = listPackageUses(db, packageId);
  if (uses.length === 0) return [];
  const draft = {
    modules: (
      db.prepare("SELECT body_json FROM modules WHERE package_id = ?").all(packageId) as Pick<
        ModuleRow,
        "body_json"
      >[]
    ).map((row) => JSON.parse(row.body_json) as ModuleBody),
  };
  const summaries = new Map<number, ReturnType<typeof summarizePackageChange>>();
  const summaryFrom = (version: number) => {
    let summary = summaries.get(version);
    if (!summary) {
      const row = db
        .prepare("SELECT modules_json FROM package_versions WHERE package_id = ? AND version = ?")
        .get(packageId, version) as Pick<PackageVersionRow, "modules_json"> | undefined;
      summary = summarizePackageChange({ modules: row ? JSON.parse(row.modules_json) : [] }, draft);
      summaries.set(version, summary);
    }
    return summary;
  };
  const affected: BreakingUse[] = [];
  for (const use of uses) {
    const removed = instanceBreakage(summaryFrom(use.version), use.moduleName);
    if (removed.length === 0) continue;
    affected.push({
      app: { id: use.appId, name: use.appName },
      page: { id: use.pageId, name: use.pageName },
      instance: use.instance,
      source: use.source,
      removed,
    });
  }
  return affected;
}

/** Throws the 409 `breaking_change` answer when publishing the draft would break an app. */
export function assertNoBreakingChange(db: Db, packageId: string): void {
  const affected = breakingChangeFinder(db, packageId);
  if (affected.length > 0) throw new BreakingChangeError(affected);
}
