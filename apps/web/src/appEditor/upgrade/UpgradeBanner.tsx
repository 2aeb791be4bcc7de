import { useQuery } from "@tanstack/react-query";
import type { ModuleInstance, PageDoc } from "@tessera/model";
import { packagesQueryOptions } from "../../api/packages";
import { packageChangeQueryOptions } from "../../api/usage";
import { ErrorMessage } from "../../editor/components/ErrorMessage";
import { useEditorStore } from "../../editor/store/editorStore";
import { describeChange } from "./describeChange";
import { upgradeModuleInstance } from "./upgradeModuleInstance";

/**
 * "Upgrade available" for each module instance of the page whose package has a newer
 * published version, with what changes and an Upgrade action that re-pins the instance in
 * the page draft. The deployed app changes only with the next deploy.
 */
export function UpgradeBanner({
  workspaceId,
  pageId,
  doc,
}: {
  workspaceId: string;
  pageId: string;
  doc: PageDoc;
}) {
  const packages = useQuery(packagesQueryOptions(workspaceId));
  const latest = new Map((packages.data ?? []).map((p) => [p.id, p]));
  const outdated = doc.moduleInstances.flatMap((instance) => {
    const pkg = latest.get(instance.packageId);
    return pkg?.latestVersion && pkg.latestVersion > instance.version
      ? [{ instance, packageName: pkg.name, latestVersion: pkg.latestVersion }]
      : [];
  });
  if (outdated.length === 0) return null;
  return (
    <section className="ae-upgrades" aria-label="Package upgrades">
      {outdated.map((item) => (
        <UpgradeNotice key={item.instance.id} pageId={pageId} {...item} />
      ))}
    </section>
  );
}

function UpgradeNotice({
  pageId,
  instance,
  packageName,
  latestVersion,
}: {
  pageId: string;
  instance: ModuleInstance;
  packageName: string;
  latestVersion: number;
}) {
  const change = useQuery(packageChangeQueryOptions(instance.packageId, instance.version, latestVersion));
  const lines = change.data ? describeChange(change.data, instance.moduleName) : [];
  return (
    <div className="notice" role="status" aria-label={`Upgrade available for ${instance.name}`}>
      <p>
        <strong>Upgrade available</strong>: {instance.name} uses {packageName} v{instance.version}; v
        {latestVersion} is published.
      </p>
      <ErrorMessage error={change.error} prefix="Could not load what changed" />
      {lines.length > 0 ? (
        <ul aria-label={`Changes from v${instance.version} to v${latestVersion}`}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : change.isSuccess ? (
        <p className="ae-hint">Nothing changes for callers.</p>
      ) : null}
      <button
        type="button"
        className="ae-small-button"
        onClick={() =>
          useEditorStore
            .getState()
            .editPage(pageId, (d) => upgradeModuleInstance(d, { id: instance.id, version: latestVersion }))
        }
      >
        Upgrade {instance.name} to v{latestVersion}
      </button>
    </div>
  );
}
