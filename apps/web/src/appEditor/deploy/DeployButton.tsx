import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { App, Page } from "@tessera/model";
import { useState } from "react";
import { appKeys, deployApp } from "../../api/apps";
import type { EditedPageProps } from "../editedPageProps";
import { DeployDialog } from "./DeployDialog";

/** The viewer URL of a page of a deployed app. */
export function viewerPageUrl(app: App, page: Page): string {
  return `/app/${encodeURIComponent(app.slug)}/${encodeURIComponent(page.slug)}`;
}

/**
 * Deploy opens the deploy dialog; deploying from it saves every page, then the server
 * snapshots the drafts and the package versions they are pinned to. Afterwards, a link opens
 * the current page in the viewer.
 */
export function DeployButton({ app, pages, page, saver }: EditedPageProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const deploy = useMutation({
    mutationFn: async () => {
      await saver.saveAll();
      return deployApp(app.id);
    },
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: appKeys.detail(app.id) });
    },
  });
  const deployedVersion = deploy.data?.version ?? app.latestDeployment;
  return (
    <span className="ae-item">
      <button
        type="button"
        className="primary"
        aria-haspopup="dialog"
        onClick={() => {
          deploy.reset();
          setOpen(true);
        }}
      >
        Deploy
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
      {open ? (
        <DeployDialog
          app={app}
          pages={pages}
          saver={saver}
          deploying={deploy.isPending}
          deployError={deploy.error}
          onDeploy={() => deploy.mutate()}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </span>
  );
}
