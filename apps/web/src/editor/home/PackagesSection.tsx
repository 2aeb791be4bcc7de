import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Package } from "@tessera/model";
import { useState } from "react";
import { createPackage, deletePackage, packagesQueryOptions, renamePackage } from "../../api/packages";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { NameDialog } from "../components/NameDialog";
import { navigate } from "../router";
import { ResourceList } from "./ResourceList";
import { ResourceRow } from "./ResourceRow";

type Dialog = { kind: "create" } | { kind: "rename"; pkg: Package } | { kind: "delete"; pkg: Package } | null;

/** A workspace's packages, with their latest version and a mark for unpublished changes. */
export function PackagesSection({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const options = packagesQueryOptions(workspaceId);
  const packages = useQuery(options);
  const [dialog, setDialog] = useState<Dialog>(null);
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
            onRename={() => setDialog({ kind: "rename", pkg })}
            onDelete={() => setDialog({ kind: "delete", pkg })}
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
      {dialog?.kind === "create" && (
        <NameDialog
          title="New package"
          submitLabel="Create package"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            const created = await createPackage(workspaceId, name);
            await refresh();
            navigate(`/packages/${created.id}`);
          }}
        />
      )}
      {dialog?.kind === "rename" && (
        <NameDialog
          title={`Rename package ${dialog.pkg.name}`}
          initialName={dialog.pkg.name}
          submitLabel="Rename"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await renamePackage(dialog.pkg.id, name);
            await refresh();
          }}
        />
      )}
      {dialog?.kind === "delete" && (
        <ConfirmDialog
          title={`Delete package ${dialog.pkg.name}?`}
          message="The package, its draft modules and all its versions are deleted. Apps deployed with it are refused deletion."
          confirmLabel="Delete package"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            // A 409 names the deployed app that still uses the package; the dialog shows it.
            await deletePackage(dialog.pkg.id);
            await refresh();
          }}
        />
      )}
    </>
  );
}
