import { useQuery } from "@tanstack/react-query";
import { packageUsageQueryOptions } from "../api/usage";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { Link } from "../shared/components/Link";
import { Loading } from "../shared/components/Loading";

/**
 * Where each version of the package is used: app, page and instance, in a page draft or in
 * the app's deployment. Read before publishing a change that drops a module, function or input.
 */
export function WhereUsedPanel({ packageId }: { packageId: string }) {
  const usage = useQuery(packageUsageQueryOptions(packageId));
  const used = usage.data?.filter((v) => v.uses.length > 0) ?? [];
  return (
    <section className="versions where-used" aria-labelledby="where-used-title">
      <h2 id="where-used-title">Where used</h2>
      {usage.isPending ? (
        <Loading />
      ) : usage.isError ? (
        <ErrorMessage error={usage.error} prefix="Could not load where the package is used" />
      ) : used.length === 0 ? (
        <p className="empty">No app uses this package yet.</p>
      ) : (
        used.map((v) => (
          <div key={v.version}>
            <h3>v{v.version}</h3>
            <ul aria-label={`Uses of v${v.version}`}>
              {v.uses.map((use) => (
                <li key={`${use.appId}/${use.pageId}/${use.instance}/${use.source}`}>
                  <Link href={`/apps/${use.appId}/pages/${use.pageId}`}>{use.appName}</Link> › {use.pageName}{" "}
                  › <code>{use.instance}</code>{" "}
                  <span className="badge">
                    {use.source === "draft" ? "draft" : `deployed #${use.deployment ?? "?"}`}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
