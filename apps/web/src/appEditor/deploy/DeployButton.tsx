import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { App, Page } from "@tessera/model";
import { appKeys, deployApp } from "../../api/apps";
import { ErrorMessage } from "../../editor/components/ErrorMessage";
import type { PageSaver } from "../save/usePageSaver";

/** The viewer URL of a page of a deployed app. */
export function viewerPageUrl(app: App, page: Page): string {
  return `/app/${encodeURIComponent(app.slug)}/${encodeURIComponent(page.slug)}`;
}

/**
 * Saves every page, then deploys: the server snapshots the drafts and the package versions
 * they are pinned to. Afterwards, a link opens the current page in the viewer.
 */
export function DeployButton({ app, page, saver }: { app: App; page: Page; saver: PageSaver }) {
  const queryClient = useQueryClient();
  const deploy = useMutation({
    mutationFn: async () => {
      await saver.saveAll();
      return deployApp(app.id);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: appKeys.detail(app.id) });
    },
  });
  const deployedVersion = deploy.data?.version ?? app.latestDeployment;
  return (
    <span className="ae-item">
      <button type="button" className="primary" onClick={() => deploy.mutate()} disabled={deploy.isPending}>
        {deploy.isPending ? "Deploying…" : "Deploy"}
      </button>
      {deploy.isSuccess ? (
        <span role="status" className="ae-hint">
          Deployed version {deploy.data.version}
        </span>
      ) : null}
      {deployedVersion ? (
        <a href={viewerPageUrl(app, page)} target="_blank" rel="noopener">
          Open deployed app
        </a>
      ) : null}
      <ErrorMessage error={deploy.error} prefix="Deploy failed" />
    </span>
  );
}
