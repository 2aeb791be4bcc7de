import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ImportResult } from "@tessera/model";
import { useId, useState } from "react";
import { appKeys, appsQueryOptions } from "../../api/apps";
import { packagesQueryOptions } from "../../api/packages";
import { appExportUrl, importFile, packageExportUrl } from "../../api/transfer";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { usePendingAction } from "../../shared/hooks/usePendingAction";

/** The largest file the import reads; the server refuses bodies over 1 MiB anyway. */
const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * Export of the workspace's packages and apps as readable JSON files (one download each),
 * and import of such a file, saying what the workspace lacks (datasources by name). For
 * developers and admins: the server refuses viewers both.
 */
export function ImportExportSection({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const packages = useQuery(packagesQueryOptions(workspaceId));
  const apps = useQuery(appsQueryOptions(workspaceId));
  const inputId = useId();
  const [result, setResult] = useState<ImportResult | null>(null);
  const { pending, error, run } = usePendingAction();

  const importSelected = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    await run(async () => {
      if (file.size > MAX_IMPORT_BYTES) throw new Error("The file is larger than 1 MiB.");
      const imported = await importFile(workspaceId, await file.text());
      setResult(imported);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: packagesQueryOptions(workspaceId).queryKey }),
        queryClient.invalidateQueries({ queryKey: appKeys.list(workspaceId) }),
      ]);
    });
  };

  const exportable = [
    ...(packages.data ?? []).map((p) => ({
      key: `p${p.id}`,
      label: `${p.name} (package)`,
      href: packageExportUrl(p.id),
    })),
    ...(apps.data ?? []).map((a) => ({
      key: `a${a.id}`,
      label: `${a.name} (app)`,
      href: appExportUrl(a.id),
    })),
  ];

  return (
    <section className="resource-list import-export" aria-label="Import and export">
      <div className="section-head">
        <h3>Import and export</h3>
        <label htmlFor={inputId}>
          {pending ? "Importing…" : "Import a file "}
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            aria-label="Import a package or app file"
            disabled={pending}
            onChange={(event) => {
              void importSelected(event.currentTarget.files?.[0]);
              event.currentTarget.value = "";
            }}
          />
        </label>
      </div>
      {exportable.length > 0 ? (
        <ul aria-label="Export">
          {exportable.map((item) => (
            <li key={item.key}>
              <a href={item.href} download>
                Export {item.label}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Nothing to export yet.</p>
      )}
      <ErrorMessage error={error} prefix="Could not import" />
      {result && (
        <div role="status" className="note">
          <p className="ok">
            Imported{" "}
            {result.kind === "package" ? `package ${result.package?.name}` : `app ${result.app?.name}`}.
          </p>
          {result.missing.datasources.length > 0 && (
            <p>
              Missing datasources (their queries have none until you pick one):{" "}
              {result.missing.datasources.join(", ")}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
