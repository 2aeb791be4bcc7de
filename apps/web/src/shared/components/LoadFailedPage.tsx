import { ErrorMessage } from "./ErrorMessage";
import { Link } from "./Link";

/**
 * Stands in for an editor page whose resource could not load (unknown id, no access, server
 * down): the reason after `prefix`, and the way back to the workspaces.
 */
export function LoadFailedPage({ error, prefix }: { error: unknown; prefix: string }) {
  return (
    <main className="page">
      <ErrorMessage error={error} prefix={prefix} />
      <Link href="/">Back to your workspaces</Link>
    </main>
  );
}
