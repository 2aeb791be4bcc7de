import { useQueries, useQuery } from "@tanstack/react-query";
import { type App, keptVaultKeys, type Page, type PageDoc, viewerPackageOf } from "@tessera/model";
import { useEffect, useId, useState } from "react";
import { deployChangesQueryOptions, pinnedPackageVersionQueryOptions } from "../../api/apps";
import { pageDocQueryOptions } from "../../api/pages";
import { Dialog } from "../../shared/components/Dialog";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { useEditorStore } from "../../store/editorStore";
import type { PageSaver } from "../save/usePageSaver";
import { describeDeploymentChanges } from "./describeDeploymentChanges";
import { pageProblems } from "./pageProblems";
import { useAppAccess } from "./useAppAccess";

/** The viewer URL of an app (its home page), absolute so it can be shared as it is. */
export function viewerAppUrl(app: App): string {
  return new URL(`/app/${encodeURIComponent(app.slug)}`, window.location.href).href;
}

/**
 * What Deploy asks before it deploys: who can open the app, the link to share, what changed
 * since the last deployment and the problems found on the pages. Every page is saved first, so
 * the change summary compares what the deploy will take.
 */
export function DeployDialog(props: {
  app: App;
  pages: Page[];
  saver: PageSaver;
  deploying: boolean;
  deployError: unknown;
  onDeploy: () => void;
  onClose: () => void;
}) {
  const { app, pages, saver } = props;
  const access = useAppAccess(app);
  const [saved, setSaved] = useState<"saving" | "saved" | Error>("saving");
  // biome-ignore lint/correctness/useExhaustiveDependencies: saved once, when the dialog opens
  useEffect(() => {
    saver.saveAll().then(
      () => setSaved("saved"),
      (error: unknown) => setSaved(error instanceof Error ? error : new Error(String(error))),
    );
  }, []);
  const changes = useQuery({ ...deployChangesQueryOptions(app.id), enabled: saved === "saved" });
  const lines = changes.data ? describeDeploymentChanges(changes.data.changes) : [];

  const localDrafts = useEditorStore((s) => s.drafts.page);
  const docs = useQueries({
    queries: pages.map((page) => ({
      ...pageDocQueryOptions(app.id, page.id),
      enabled: !localDrafts[page.id],
    })),
  });
  const pageDocs = pages.map(
    (page, index): PageDoc | undefined => localDrafts[page.id]?.value.present ?? docs[index]?.data?.doc,
  );
  const pins = [
    ...new Map(
      pageDocs.flatMap((doc) => doc?.moduleInstances ?? []).map((m) => [`${m.packageId}@${m.version}`, m]),
    ).values(),
  ];
  const versions = useQueries({
    queries: pins.map((pin) => pinnedPackageVersionQueryOptions(pin.packageId, pin.version)),
  });
  const packages = versions.flatMap((v) => (v.data ? [viewerPackageOf(v.data)] : []));
  const vaultKeys = keptVaultKeys([
    ...pageDocs.flatMap((doc) => doc?.queries ?? []),
    ...versions.flatMap((v) => (v.data?.modules ?? []).flatMap((m) => (m.kind === "query" ? [m] : []))),
  ]);
  const problems = pages.flatMap((page, index) => {
    const doc = pageDocs[index];
    return doc
      ? pageProblems(doc, packages, vaultKeys).map((problem) => ({ page: page.name, ...problem }))
      : [];
  });
  const checking =
    pages.some((page, index) => !localDrafts[page.id] && docs[index]?.isPending) ||
    versions.some((v) => v.isPending);

  const accessName = useId();
  const url = viewerAppUrl(app);
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );

  return (
    <Dialog title={`Deploy ${app.name}`} onClose={props.onClose}>
      <div className="ae-deploy">
        <fieldset disabled={access.pending}>
          <legend>Who can open the app</legend>
          <label>
            <input
              type="radio"
              name={accessName}
              checked={access.isPublic}
              onChange={() => access.setPublic(true)}
            />
            Anyone with the link
          </label>
          <label>
            <input
              type="radio"
              name={accessName}
              checked={!access.isPublic}
              onChange={() => access.setPublic(false)}
            />
            Members of the workspace (others are asked to sign in)
          </label>
          <ErrorMessage error={access.error} prefix="Could not change who can open the app" />
        </fieldset>

        <div className="ae-deploy-url">
          <label>
            Viewer URL
            <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>
          <span role="status" className="ae-hint">
            {copied === "copied" ? "Link copied" : copied === "failed" ? "Copy failed: select the URL" : ""}
          </span>
        </div>

        <section aria-label="Changes since the last deployment">
          <h3>Changes since the last deployment</h3>
          {saved instanceof Error ? (
            <ErrorMessage error={saved} prefix="Could not save every page" />
          ) : changes.error ? (
            <ErrorMessage error={changes.error} prefix="Could not compare with the last deployment" />
          ) : !changes.data ? (
            <p className="ae-hint">Comparing with the last deployment…</p>
          ) : changes.data.changes.firstDeployment ? (
            <p>First deployment: every page is new.</p>
          ) : lines.length === 0 ? (
            <p>Nothing changed since version {changes.data.latestDeployment}.</p>
          ) : (
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>

        <section aria-label="Problems">
          <h3>Problems</h3>
          {checking ? (
            <p className="ae-hint">Checking the pages…</p>
          ) : problems.length === 0 ? (
            <p>No problems found on the pages.</p>
          ) : (
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.page}/${problem.where}/${problem.message}`}>
                  {problem.page}: {problem.where}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </section>

        <ErrorMessage error={props.deployError} prefix="Deploy failed" />
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            onClick={props.onDeploy}
            disabled={props.deploying || saved === "saving"}
          >
            {props.deploying ? "Deploying…" : problems.length > 0 ? "Deploy anyway" : "Deploy now"}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
