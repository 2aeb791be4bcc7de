import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { App } from "@tessera/model";
import { useState } from "react";
import { appsQueryOptions, createApp, deleteApp, updateApp } from "../../api/apps";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { Link } from "../components/Link";
import { NameDialog } from "../components/NameDialog";
import { navigate } from "../router";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";

type Dialog = { kind: "create" } | { kind: "rename"; app: App } | { kind: "delete"; app: App } | null;

/** A workspace's apps: "Edit" opens the app editor, "Open" the deployed app in the viewer. */
export function AppsSection({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const options = appsQueryOptions(workspaceId);
  const apps = useQuery(options);
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });

  return (
    <>
      <ResourceList
        title="Apps"
        query={apps}
        createLabel="New app"
        onCreate={() => setDialog({ kind: "create" })}
        empty="No apps yet. Create one to start building."
        renderItem={(app) => (
          <ResourceRow
            key={app.id}
            name={app.name}
            noun="app"
            href={`/apps/${app.id}`}
            onRename={() => setDialog({ kind: "rename", app })}
            onDelete={() => setDialog({ kind: "delete", app })}
          >
            <Link href={`/apps/${app.id}`} aria-label={`Edit app ${app.name}`}>
              Edit
            </Link>
            {app.latestDeployment === null ? (
              <span className="muted" title="Deploy the app to open it">
                Not deployed
              </span>
            ) : (
              <a href={`/app/${app.slug}`} aria-label={`Open app ${app.name}`}>
                Open
              </a>
            )}
            {!app.isPublic && <span className="badge">Members only</span>}
          </ResourceRow>
        )}
      />
      {dialog?.kind === "create" && (
        <NameDialog
          title="New app"
          submitLabel="Create app"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            const { app } = await createApp(workspaceId, { name });
            await refresh();
            navigate(`/apps/${app.id}`);
          }}
        />
      )}
      {dialog?.kind === "rename" && (
        <NameDialog
          title={`Rename app ${dialog.app.name}`}
          initialName={dialog.app.name}
          submitLabel="Rename"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await updateApp(dialog.app.id, { name });
            await refresh();
          }}
        />
      )}
      {dialog?.kind === "delete" && (
        <ConfirmDialog
          title={`Delete app ${dialog.app.name}?`}
          message="The app, its pages and its deployments are deleted. Viewers can no longer open it."
          confirmLabel="Delete app"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deleteApp(dialog.app.id);
            await refresh();
          }}
        />
      )}
    </>
  );
}
