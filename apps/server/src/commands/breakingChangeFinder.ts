import { type BreakingUse, type ModuleBody, type PackageChangeSummary, pageCodeTexts } from "@tessera/model";
import type { Repositories } from "../store/Store";
import { BreakingChangeError } from "../usage/BreakingChangeError";
import { listPackageUses } from "../usage/listPackageUses";
import { moduleInterfaceOf } from "../usage/moduleInterfaceOf";
import { summarizePackageChange } from "../usage/summarizePackageChange";
import { useBreakage } from "../usage/useBreakage";

/**
 * The app uses that publishing the package's current draft would break: every module
 * instance (in a page draft or an app's latest deployment) whose pinned version has a
 * module, function or input that the draft no longer has, or whose page calls a function
 * with arguments the draft's version no longer takes; each with the calls that break.
 */
export async function breakingChangeFinder(repos: Repositories, packageId: string): Promise<BreakingUse[]> {
  const uses = await listPackageUses(repos, packageId);
  if (uses.length === 0) return [];
  const draft = { modules: (await repos.packages.listModules(packageId)).map((module) => module.body) };
  const pinned = new Map<number, { modules: ModuleBody[]; summary: PackageChangeSummary }>();
  const pinnedVersion = async (version: number) => {
    let found = pinned.get(version);
    if (!found) {
      const published = await repos.packages.findVersion(packageId, version);
      const modules = published?.modules ?? [];
      found = { modules, summary: summarizePackageChange({ modules }, draft) };
      pinned.set(version, found);
    }
    return found;
  };
  const interfaceIn = (modules: readonly ModuleBody[], name: string) => {
    const module = modules.find((m) => m.name === name);
    return module ? moduleInterfaceOf(module) : undefined;
  };
  const texts = new Map<object, ReturnType<typeof pageCodeTexts>>();
  const textsOf = (doc: (typeof uses)[number]["doc"]) => {
    let found = texts.get(doc);
    if (!found) {
      found = pageCodeTexts(doc);
      texts.set(doc, found);
    }
    return found;
  };
  const affected: BreakingUse[] = [];
  for (const use of uses) {
    const { modules, summary } = await pinnedVersion(use.version);
    const { removed, calls } = useBreakage(
      summary,
      interfaceIn(modules, use.moduleName),
      interfaceIn(draft.modules, use.moduleName),
      {
        instance: {
          name: use.instance,
          moduleName: use.moduleName,
          inputs: use.instanceInputs,
          entity: use.entity,
        },
        texts: textsOf(use.doc),
      },
    );
    if (removed.length === 0) continue;
    affected.push({
      app: { id: use.appId, name: use.appName },
      page: { id: use.pageId, name: use.pageName },
      instance: use.instance,
      source: use.source,
      removed,
      calls,
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
