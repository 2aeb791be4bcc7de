import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Workspace } from "@tessera/model";
import { useState } from "react";
import {
  createWorkspace,
  deleteWorkspace,
  renameWorkspace,
  workspacesQueryOptions,
} from "../../api/workspaces";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ErrorMessage } from "../components/ErrorMessage";
import { Loading } from "../components/Loading";
import { NameDialog } from "../components/NameDialog";
import { WorkspaceSection } from "./WorkspaceSection";

type Dialog =
  | { kind: "create" }
  | { kind: "rename"; ws: Workspace }
  | { kind: "delete"; ws: Workspace }
  | null;

/** The editor home (`/`): the user's workspaces and, in each, its apps, packages and datasources. */
export function HomePage() {
  const queryClient = useQueryClient();
  const workspaces = useQuery(workspacesQueryOptions());
  const [dialog, setDialog] = useState<Dialog>(null);
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
            onRename={() => setDialog({ kind: "rename", ws })}
            onDelete={() => setDialog({ kind: "delete", ws })}
          />
        ))
      )}
      {dialog?.kind === "create" && (
        <NameDialog
          title="New workspace"
          submitLabel="Create workspace"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await createWorkspace(name);
            await refresh();
          }}
        />
      )}
      {dialog?.kind === "rename" && (
        <NameDialog
          title={`Rename workspace ${dialog.ws.name}`}
          initialName={dialog.ws.name}
          submitLabel="Rename"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await renameWorkspace(dialog.ws.id, name);
            await refresh();
          }}
        />
      )}
      {dialog?.kind === "delete" && (
        <ConfirmDialog
          title={`Delete workspace ${dialog.ws.name}?`}
          message="Everything in it is deleted: apps, packages, datasources and members' access."
          confirmLabel="Delete workspace"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deleteWorkspace(dialog.ws.id);
            await refresh();
          }}
        />
      )}
    </main>
  );
}
