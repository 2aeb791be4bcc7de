import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Datasource } from "@tessera/model";
import { useState } from "react";
import { createDatasource, datasourcesQueryOptions, deleteDatasource } from "../../api/datasources";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { NameDialog } from "../components/NameDialog";
import { navigate } from "../router";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";
import { renameDatasource } from "./renameDatasource";

type Dialog =
  | { kind: "create" }
  | { kind: "rename"; ds: Datasource }
  | { kind: "delete"; ds: Datasource }
  | null;

/** A workspace's REST datasources. */
export function DatasourcesSection({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const options = datasourcesQueryOptions(workspaceId);
  const datasources = useQuery(options);
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });

  return (
    <>
      <ResourceList
        title="Datasources"
        query={datasources}
        createLabel="New datasource"
        onCreate={() => setDialog({ kind: "create" })}
        empty="No datasources yet. A datasource is a REST API that queries call."
        renderItem={(ds) => (
          <ResourceRow
            key={ds.id}
            name={ds.name}
            noun="datasource"
            href={`/datasources/${ds.id}`}
            onRename={() => setDialog({ kind: "rename", ds })}
            onDelete={() => setDialog({ kind: "delete", ds })}
          >
            <span className="muted">{ds.baseUrl}</span>
          </ResourceRow>
        )}
      />
      {dialog?.kind === "create" && (
        <NameDialog
          title="New datasource"
          submitLabel="Create datasource"
          extraFields={[
            { key: "baseUrl", label: "Base URL", type: "url", placeholder: "https://api.example.com/v1" },
          ]}
          onClose={() => setDialog(null)}
          onSubmit={async (name, extra) => {
            const created = await createDatasource(workspaceId, {
              name,
              baseUrl: extra.baseUrl ?? "",
              headers: [],
              timeoutMs: 10_000,
            });
            await refresh();
            navigate(`/datasources/${created.id}`);
          }}
        />
      )}
      {dialog?.kind === "rename" && (
        <NameDialog
          title={`Rename datasource ${dialog.ds.name}`}
          initialName={dialog.ds.name}
          submitLabel="Rename"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await renameDatasource(dialog.ds, name);
            await refresh();
          }}
        />
      )}
      {dialog?.kind === "delete" && (
        <ConfirmDialog
          title={`Delete datasource ${dialog.ds.name}?`}
          message="Queries that use this datasource stop working until they are pointed at another one."
          confirmLabel="Delete datasource"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deleteDatasource(dialog.ds.id);
            await refresh();
          }}
        />
      )}
    </>
  );
}
