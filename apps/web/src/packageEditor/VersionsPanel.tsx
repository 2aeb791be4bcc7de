import { useQuery } from "@tanstack/react-query";
import { packageVersionsQueryOptions } from "../api/packages";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { Loading } from "../shared/components/Loading";

/** The published versions of a package, newest first. Versions are immutable. */
export function VersionsPanel({ packageId }: { packageId: string }) {
  const versions = useQuery(packageVersionsQueryOptions(packageId));
  return (
    <section className="versions" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <ErrorMessage error={versions.error} prefix="Could not load versions" />
      ) : versions.data.length === 0 ? (
        <p className="empty">Not published yet. Publish to let apps use this package.</p>
      ) : (
        <ul aria-label="Published versions">
          {[...versions.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version}>
                <strong>v{v.version}</strong>{" "}
                <time dateTime={v.publishedAt} className="muted">
                  {new Date(v.publishedAt).toLocaleString()}
                </time>{" "}
                <span className="muted">
                  {v.moduleCount} module{v.moduleCount === 1 ? "" : "s"}
                </span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
