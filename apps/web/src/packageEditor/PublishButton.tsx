import { useQueryClient } from "@tanstack/react-query";
import type { BreakingUse, Package } from "@tessera/model";
import { useState } from "react";
import { isApiError } from "../api/ApiRequestError";
import {
  packageQueryOptions,
  packagesQueryOptions,
  packageVersionsQueryOptions,
  publishPackage,
} from "../api/packages";
import { hasUnsavedWork } from "../drafts/draft";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { moduleDraftStore, saveModuleDraft } from "./moduleDrafts";

/**
 * Publishes the saved draft as the next immutable version, saving pending edits first so the
 * version holds what the author sees. When the server answers that apps use something the
 * draft drops, the affected uses show and the author may publish anyway.
 */
export function PublishButton({ pkg }: { pkg: Package }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [breaking, setBreaking] = useState<{ message: string; affected: BreakingUse[] } | null>(null);
  const [pending, setPending] = useState(false);
  const [published, setPublished] = useState<number | null>(null);

  const publish = async (confirm: boolean) => {
    setPending(true);
    setError(null);
    setBreaking(null);
    setPublished(null);
    try {
      const drafts = moduleDraftStore.inScope(pkg.id).filter(hasUnsavedWork);
      const saved = await Promise.all(drafts.map((d) => saveModuleDraft(queryClient, pkg.id, d.id)));
      if (saved.includes(false)) throw new Error("Some modules are not saved: fix that before publishing.");
      const version = await publishPackage(pkg.id, confirm);
      setPublished(version.version);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: packageVersionsQueryOptions(pkg.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: packageQueryOptions(pkg.id).queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: packagesQueryOptions(pkg.workspaceId).queryKey }),
      ]);
    } catch (cause) {
      if (isApiError(cause, 409, "breaking_change")) {
        const affected = Array.isArray(cause.details.affected)
          ? (cause.details.affected as BreakingUse[])
          : [];
        setBreaking({ message: cause.message, affected });
      } else {
        setError(cause);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="publish">
      {pkg.hasUnpublishedChanges || pkg.latestVersion === null ? (
        <span className="badge" data-testid="unpublished-mark">
          {pkg.latestVersion === null ? "Never published" : "Unpublished changes"}
        </span>
      ) : (
        <span className="muted">Latest: v{pkg.latestVersion}</span>
      )}
      <button type="button" className="primary" onClick={() => publish(false)} disabled={pending}>
        {pending ? "Publishing…" : "Publish"}
      </button>
      {published !== null && (
        <span role="status" className="ok">
          Published v{published}
        </span>
      )}
      <ErrorMessage error={error} prefix="Could not publish" />
      {breaking && (
        <div className="notice error" role="alert">
          <p>{breaking.message}</p>
          {breaking.affected.length > 0 && (
            <ul aria-label="Affected uses">
              {breaking.affected.map((use) => (
                <li key={`${use.app.id}/${use.page.id}/${use.instance}/${use.source}`}>
                  {use.app.name} › {use.page.name} › {use.instance} ({use.source}): {use.removed.join(", ")}
                  {use.calls?.length ? (
                    <ul aria-label={`Affected calls in ${use.app.name} › ${use.page.name} (${use.source})`}>
                      {use.calls.map((call) => (
                        <li key={`${call.entity.name}/${call.property}/${call.code}`}>
                          {call.entity.name}.{call.property}: <code>{call.code}</code> — {call.problem}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="danger" onClick={() => publish(true)} disabled={pending}>
            Publish anyway
          </button>
          <button type="button" onClick={() => setBreaking(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
