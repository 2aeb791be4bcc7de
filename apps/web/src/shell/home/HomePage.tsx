import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Workspace } from "@tessera/model";
import { useState } from "react";
import {
  createWorkspace,
  deleteWorkspace,
  renameWorkspace,
  workspacesQueryOptions,
} from "../../api/workspaces";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Loading } from "../../shared/components/Loading";
import { type ResourceDialog, ResourceDialogs } from "./ResourceDialogs";
import { WorkspaceSection } from "./WorkspaceSection";

/** The editor home (`/`): the user's workspaces and, in each, its apps, packages and datasources. */
export function HomePage() {
  const queryClient = useQueryClient();
  const workspaces = useQuery(workspacesQueryOptions());
  const [dialog, setDialog] = useState<ResourceDialog<Workspace>>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: workspacesQueryOptions().queryKey });

  return (
    <main className="page home">
      <div className="section-head">
        <h1>Workspaces</h1>
        <button type="button" onClick={() => setDialog({ kind: "create" })}>
          New workspace
        </button>
      </div>
      {workspaces.isPending ? (
        <Loading />
      ) : workspaces.isError ? (
        <ErrorMessage error={workspaces.error} prefix="Could not load your workspaces" />
      ) : workspaces.data.length === 0 ? (
        <div className="empty-state">
          <p>You are not in any workspace yet. A workspace holds apps, packages and datasources.</p>
          <button type="button" className="primary" onClick={() => setDialog({ kind: "create" })}>
            Create your first workspace
          </button>
        </div>
      ) : (
        workspaces.data.map((ws) => (
          <WorkspaceSection
            key={ws.id}
            workspace={ws}
            onRename={() => setDialog({ kind: "rename", item: ws })}
            onDelete={() => setDialog({ kind: "delete", item: ws })}
          />
        ))
      )}
      <ResourceDialogs
        noun="workspace"
        dialog={dialog}
        onClose={() => setDialog(null)}
        onCreate={async (name) => {
          await createWorkspace(name);
          await refresh();
        }}
        onRename={async (ws, name) => {
          await renameWorkspace(ws.id, name);
          await refresh();
        }}
        deleteMessage="Everything in it is deleted: apps, packages, datasources and members' access."
        onDelete={async (ws) => {
          await deleteWorkspace(ws.id);
          await refresh();
        }}
      />
    </main>
  );
}
