import { useQueryClient } from "@tanstack/react-query";
import type { Package } from "@tessera/model";
import { useState } from "react";
import {
  packageQueryOptions,
  packagesQueryOptions,
  packageVersionsQueryOptions,
  publishPackage,
} from "../../api/packages";
import { ErrorMessage } from "../components/ErrorMessage";
import { useEditorStore } from "../store/editorStore";
import { hasUnsavedWork } from "../store/moduleDraftSlice";
import { saveModuleDraft } from "./saveModuleDraft";

/**
 * Publishes the saved draft as the next immutable version, saving pending edits first so the
 * version holds what the author sees.
 */
export function PublishButton({ pkg }: { pkg: Package }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [published, setPublished] = useState<number | null>(null);

  const publish = async () => {
    setPending(true);
    setError(null);
    setPublished(null);
    try {
      const drafts = Object.values(useEditorStore.getState().moduleDrafts).filter(hasUnsavedWork);
      const saved = await Promise.all(drafts.map((d) => saveModuleDraft(queryClient, pkg.id, d.id)));
      if (saved.includes(false)) throw new Error("Some modules are not saved: fix that before publishing.");
      const version = await publishPackage(pkg.id);
      setPublished(version.version);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: packageVersionsQueryOptions(pkg.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: packageQueryOptions(pkg.id).queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: packagesQueryOptions(pkg.workspaceId).queryKey }),
      ]);
    } catch (cause) {
      setError(cause);
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
      <button type="button" className="primary" onClick={publish} disabled={pending}>
        {pending ? "Publishing…" : "Publish"}
      </button>
      {published !== null && (
        <span role="status" className="ok">
          Published v{published}
        </span>
      )}
      <ErrorMessage error={error} prefix="Could not publish" />
    </div>
  );
}
