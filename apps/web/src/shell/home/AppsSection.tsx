import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { App } from "@tessera/model";
import { useState } from "react";
import { appsQueryOptions, createApp, deleteApp, updateApp } from "../../api/apps";
import { Link } from "../../shared/components/Link";
import { navigate } from "../router";
import { type ResourceDialog, ResourceDialogs } from "./ResourceDialogs";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";

/**
 * A workspace's apps: "Edit" opens the app editor, "Open" the deployed app in the viewer.
 * Viewers (`canEdit` false) get the deployed apps only, each opening in the viewer, since the
 * editor would refuse them.
 */
export function AppsSection({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const options = appsQueryOptions(workspaceId);
  const apps = useQuery({
    ...options,
    select: canEdit ? undefined : (list: App[]) => list.filter((app) => app.latestDeployment !== null),
  });
  const [dialog, setDialog] = useState<ResourceDialog<App>>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });

  if (!canEdit)
    return (
      <ResourceList
        title="Apps"
        query={apps}
        empty="No deployed apps yet. Apps show here once a developer deploys them."
        renderItem={(app) => (
          <ResourceRow key={app.id} name={app.name} noun="app" href={`/app/${app.slug}`}>
            <a href={`/app/${app.slug}`} aria-label={`Open app ${app.name}`}>
              Open
            </a>
          </ResourceRow>
        )}
      />
    );
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
            onRename={() => setDialog({ kind: "rename", item: app })}
            onDelete={() => setDialog({ kind: "delete", item: app })}
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
      <ResourceDialogs
        noun="app"
        dialog={dialog}
        onClose={() => setDialog(null)}
        onCreate={async (name) => {
          const { app } = await createApp(workspaceId, { name });
          await refresh();
          navigate(`/apps/${app.id}`);
        }}
        onRename={async (app, name) => {
          await updateApp(app.id, { name });
          await refresh();
        }}
        deleteMessage="The app, its pages and its deployments are deleted. Viewers can no longer open it."
        onDelete={async (app) => {
          await deleteApp(app.id);
          await refresh();
        }}
      />
    </>
  );
}
