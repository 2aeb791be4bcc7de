import type { BreakingUse, PackageChangeSummary } from "@tessera/model";
import type { Repositories } from "../store/Store";
import { BreakingChangeError } from "../usage/BreakingChangeError";
import { instanceBreakage } from "../usage/instanceBreakage";
import { listPackageUses } from "../usage/listPackageUses";
import { summarizePackageChange } from "../usage/summarizePackageChange";

/**
 * The app uses that publishing the package's current draft would break: every module
 * instance (in a page draft or an app's latest deployment) whose pinned version has a
 * module, function or input that the draft no longer has.
 */
export async function breakingChangeFinder(repos: Repositories, packageId: string): Promise<BreakingUse[]> {
  const uses = await listPackageUses(repos, packageId);
  if (uses.length === 0) return [];
  const draft = { modules: (await repos.packages.listModules(packageId)).map((module) => module.body) };
  const summaries = new Map<number, PackageChangeSummary>();
  const summaryFrom = async (version: number) => {
    let summary = summaries.get(version);
    if (!summary) {
      const published = await repos.packages.findVersion(packageId, version);
      summary = summarizePackageChange({ modules: published?.modules ?? [] }, draft);
      summaries.set(version, summary);
    }
    return summary;
  };
  const affected: BreakingUse[] = [];
  for (const use of uses) {
    const removed = instanceBreakage(await summaryFrom(use.version), use.moduleName);
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

/**
 * Throws the 409 `breaking_change` answer when publishing the draft would break an app.
 * Call it in the publish's transaction, so no draft save slips between check and snapshot.
 */
export async function assertNoBreakingChange(repos: Repositories, packageId: string): Promise<void> {
  const affected = await breakingChangeFinder(repos, packageId);
  if (affected.length > 0) throw new BreakingChangeError(affected);
}
