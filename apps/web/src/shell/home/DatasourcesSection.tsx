import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Datasource } from "@tessera/model";
import { useState } from "react";
import { datasourcesQueryOptions, deleteDatasource } from "../../api/datasources";
import { datasourceSummary } from "../../datasource/datasourceSummary";
import { navigate } from "../router";
import { type ResourceDialog, ResourceDialogs } from "./ResourceDialogs";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";
import { renameDatasource } from "./renameDatasource";

/** A workspace's datasources; "New datasource" opens the form of the kind the author picks. */
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
        onCreate={() => navigate(`/workspaces/${encodeURIComponent(workspaceId)}/datasources/new`)}
        empty="No datasources yet. A datasource is a REST API, a PostgreSQL database or a GraphQL API that queries call."
        renderItem={(ds) => (
          <ResourceRow
            key={ds.id}
            name={ds.name}
            noun="datasource"
            href={`/datasources/${ds.id}`}
            onRename={() => setDialog({ kind: "rename", item: ds })}
            onDelete={() => setDialog({ kind: "delete", item: ds })}
          >
            <span className="muted">{datasourceSummary(ds)}</span>
          </ResourceRow>
        )}
      />
      <ResourceDialogs
        noun="datasource"
        dialog={dialog}
        onClose={() => setDialog(null)}
        // Creating happens on its own page, where the kind's whole form fits.
        onCreate={async () => {}}
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
