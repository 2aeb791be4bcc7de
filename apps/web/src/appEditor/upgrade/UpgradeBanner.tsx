import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ModulePin, modulePinsOf, type Page, type PageDoc } from "@tessera/model";
import { useState } from "react";
import { packagesQueryOptions } from "../../api/packages";
import { pageDocQueryOptions } from "../../api/pages";
import { packageChangeQueryOptions } from "../../api/usage";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { useEditorStore } from "../../store/editorStore";
import { loadPageDraft } from "../save/pageDrafts";
import { describeChange } from "./describeChange";
import { upgradeInstanceOnPage } from "./upgradeInstanceOnPage";

/** What the last upgrade did, kept on screen after its notice is gone. */
interface UpgradeDone {
  instance: string;
  version: number;
  pages: string[];
  lines: string[];
}

/**
 * "Upgrade available" for each module instance and UI module of the page whose package has a newer
 * published version, with what changes and an Upgrade action that re-pins the instance in
 * the drafts of every page of the app that has it. The deployed app changes only with the
 * next deploy.
 */
export function UpgradeBanner({
  workspaceId,
  appId,
  pages,
  doc,
}: {
  workspaceId: string;
  appId: string;
  pages: Page[];
  doc: PageDoc;
}) {
  const queryClient = useQueryClient();
  const packages = useQuery(packagesQueryOptions(workspaceId));
  const [done, setDone] = useState<UpgradeDone | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const latest = new Map((packages.data ?? []).map((p) => [p.id, p]));
  const outdated = modulePinsOf(doc).flatMap((instance) => {
    const pkg = latest.get(instance.packageId);
    return pkg?.latestVersion && pkg.latestVersion > instance.version
      ? [{ instance, packageName: pkg.name, latestVersion: pkg.latestVersion }]
      : [];
  });

  const upgrade = async (instance: ModulePin, version: number, lines: string[]) => {
    setFailure(null);
    try {
      // Pages not opened yet are copied in first, so the autosave saves them like any edit.
      const store = useEditorStore.getState;
      await Promise.all(
        pages
          .filter((page) => !store().drafts.page[page.id])
          .map(async (page) =>
            loadPageDraft(appId, await queryClient.fetchQuery(pageDocQueryOptions(appId, page.id))),
          ),
      );
      const upgraded: string[] = [];
      for (const page of pages) {
        const before = store().drafts.page[page.id]?.value.present;
        if (!before) continue;
        store().editPage(page.id, (d) => upgradeInstanceOnPage(d, instance, version));
        if (store().drafts.page[page.id]?.value.present !== before) upgraded.push(page.name);
      }
      setDone({ instance: instance.name, version, pages: upgraded, lines });
    } catch (error) {
      setFailure(error);
    }
  };

  if (outdated.length === 0 && !done && !failure) return null;
  return (
    <section className="ae-upgrades" aria-label="Package upgrades">
      {outdated.map((item) => (
        <UpgradeNotice
          key={item.instance.name}
          {...item}
          onUpgrade={(lines) => void upgrade(item.instance, item.latestVersion, lines)}
        />
      ))}
      <ErrorMessage error={failure} prefix="Could not upgrade every page" />
      {done ? (
        <div className="notice" role="status" aria-label={`Upgraded ${done.instance}`}>
          <div>
            <p>
              {done.instance} now uses v{done.version} on {done.pages.join(", ") || "no page"}; the deployed
              app changes with the next deploy.
            </p>
            {done.lines.length > 0 ? (
              <ul aria-label="What changed">
                {done.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button type="button" className="ae-small-button" onClick={() => setDone(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
    </section>
  );
}

function UpgradeNotice({
  instance,
  packageName,
  latestVersion,
  onUpgrade,
}: {
  instance: ModulePin;
  packageName: string;
  latestVersion: number;
  onUpgrade: (lines: string[]) => void;
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
      <button type="button" className="ae-small-button" onClick={() => onUpgrade(lines)}>
        Upgrade {instance.name} to v{latestVersion} on every page
      </button>
    </div>
  );
}
