import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Package } from "@tessera/model";
import { useState } from "react";
import { createPackage, deletePackage, packagesQueryOptions, renamePackage } from "../../api/packages";
import { navigate } from "../router";
import { type ResourceDialog, ResourceDialogs } from "./ResourceDialogs";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";

/** A workspace's packages, with their latest version and a mark for unpublished changes. */
export function PackagesSection({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const options = packagesQueryOptions(workspaceId);
  const packages = useQuery(options);
  const [dialog, setDialog] = useState<ResourceDialog<Package>>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });

  return (
    <>
      <ResourceList
        title="Packages"
        query={packages}
        createLabel="New package"
        onCreate={() => setDialog({ kind: "create" })}
        empty="No packages yet. A package holds query and JS modules that apps reuse."
        renderItem={(pkg) => (
          <ResourceRow
            key={pkg.id}
            name={pkg.name}
            noun="package"
            href={`/packages/${pkg.id}`}
            onRename={() => setDialog({ kind: "rename", item: pkg })}
            onDelete={() => setDialog({ kind: "delete", item: pkg })}
          >
            <span className="muted">
              {pkg.latestVersion === null ? "Unpublished" : `v${pkg.latestVersion}`}
            </span>
            {pkg.hasUnpublishedChanges && pkg.latestVersion !== null && (
              <span className="badge">Unpublished changes</span>
            )}
          </ResourceRow>
        )}
      />
      <ResourceDialogs
        noun="package"
        dialog={dialog}
        onClose={() => setDialog(null)}
        onCreate={async (name) => {
          const created = await createPackage(workspaceId, name);
          await refresh();
          navigate(`/packages/${created.id}`);
        }}
        onRename={async (pkg, name) => {
          await renamePackage(pkg.id, name);
          await refresh();
        }}
        deleteMessage="The package, its draft modules and all its versions are deleted. Apps deployed with it are refused deletion."
        onDelete={async (pkg) => {
          // A 409 names the deployed app that still uses the package; the dialog shows it.
          await deletePackage(pkg.id);
          await refresh();
        }}
      />
    </>
  );
}
