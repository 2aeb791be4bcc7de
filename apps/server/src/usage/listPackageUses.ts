import { type ModulePin, modulePinsOf, type PackageUse, type PageWithDoc } from "@tessera/model";
import type { Repositories } from "../store/Store";

/** A use of a package with the version the instance is pinned to, and its page's code. */
export interface VersionedPackageUse extends PackageUse {
  version: number;
  /** The input values the instance sets. */
  instanceInputs: Record<string, string>;
  /** A module instance, or a UI module's widget. */
  entity: ModulePin["entity"];
  /** The page the instance is on, to read its code (see `pageCodeTexts`). */
  doc: Pick<PageWithDoc, "widgets" | "queries" | "jsObjects" | "moduleInstances">;
}

/**
 * Every module instance (and UI module widget) of a package in the apps of its workspace: in page drafts, and in
 * each app's latest deployment (what viewers run; older deployments are never served).
 * Sorted by app, page, instance and source, so answers are stable.
 */
export async function listPackageUses(
  repos: Repositories,
  packageId: string,
): Promise<VersionedPackageUse[]> {
  const uses: VersionedPackageUse[] = [];
  for (const page of await repos.usage.listPageDraftsMentioning(packageId)) {
    for (const instance of modulePinsOf(page.doc)) {
      if (instance.packageId !== packageId) continue;
      uses.push({
        version: instance.version,
        appId: page.appId,
        appName: page.appName,
        pageId: page.pageId,
        pageName: page.pageName,
        instance: instance.name,
        moduleName: instance.moduleName,
        source: "draft",
        instanceInputs: instance.inputs,
        entity: instance.entity,
        doc: page.doc,
      });
    }
  }

  for (const deployment of await repos.usage.listLatestDeploymentsPinning(packageId)) {
    for (const page of deployment.snapshot.pages) {
      for (const instance of modulePinsOf(page)) {
        if (instance.packageId !== packageId) continue;
        uses.push({
          version: instance.version,
          appId: deployment.appId,
          appName: deployment.appName,
          pageId: page.id,
          pageName: page.name,
          instance: instance.name,
          moduleName: instance.moduleName,
          source: "deployed",
          deployment: deployment.version,
          instanceInputs: instance.inputs,
          entity: instance.entity,
          doc: page,
        });
      }
    }
  }
  const key = (u: VersionedPackageUse) =>
    [u.appName, u.appId, u.pageName, u.instance, u.source].join("\u0000");
  return uses.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
