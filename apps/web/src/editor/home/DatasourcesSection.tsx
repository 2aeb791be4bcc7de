import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Datasource } from "@tessera/model";
import { useState } from "react";
import { createDatasource, datasourcesQueryOptions, deleteDatasource } from "../../api/datasources";
import type { ExtraField } from "../components/NameDialog";
import { navigate } from "../router";
import { type ResourceDialog, ResourceDialogs } from "./ResourceDialogs";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";
import { renameDatasource } from "./renameDatasource";

const BASE_URL_FIELD: ExtraField[] = [
  { key: "baseUrl", label: "Base URL", type: "url", placeholder: "https://api.example.com/v1" },
];

/** A workspace's REST datasources. */
export function DatasourcesSection({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const options = datasourcesQueryOptions(workspaceId);
  const datasources = useQuery(options);
  const [dialog, setDialog] = useState<ResourceDialog<Datasource>>(null);
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
            onRename={() => setDialog({ kind: "rename", item: ds })}
            onDelete={() => setDialog({ kind: "delete", item: ds })}
          >
            <span className="muted">{ds.kind === "rest" ? ds.baseUrl : ds.kind}</span>
          </ResourceRow>
        )}
      />
      <ResourceDialogs
        noun="datasource"
        dialog={dialog}
        onClose={() => setDialog(null)}
        createFields={BASE_URL_FIELD}
        onCreate={async (name, extra) => {
          const created = await createDatasource(workspaceId, {
            name,
            baseUrl: extra.baseUrl ?? "",
            headers: [],
            timeoutMs: 10_000,
          });
          await refresh();
          navigate(`/datasources/${created.id}`);
        }}
        onRename={async (ds, name) => {
          await renameDatasource(ds, name);
          await refresh();
        }}
        deleteMessage="Queries that use this datasource stop working until they are pointed at another one."
        onDelete={async (ds) => {
          await deleteDatasource(ds.id);
          await refresh();
        }}
      />
    </>
  );
}
