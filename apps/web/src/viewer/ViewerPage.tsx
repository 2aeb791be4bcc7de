import { useEffect } from "react";
import { AlertToasts } from "../runtime/AlertToasts";
import type { AppRuntime } from "../runtime/createAppRuntime";
import { PageView } from "../runtime/PageView";
import { useAppRuntime } from "../runtime/useAppRuntime";
import { ViewerLoading } from "./ViewerLoading";

/**
 * A running app. While a page loads (first evaluation and on-load actions, e.g. a guard that
 * sends a signed-out visitor away) its widgets stay hidden, so protected content never flashes.
 */
export function ViewerPage({ runtime, appName }: { runtime: AppRuntime; appName: string }) {
  const snapshot = useAppRuntime(runtime);
  const loading = snapshot.status === "loading";

  useEffect(() => {
    document.title = `${snapshot.page.name} · ${appName}`;
  }, [snapshot.page.name, appName]);

  return (
    <>
      {loading ? (
        <ViewerLoading label={`Loading ${snapshot.page.name}`} />
      ) : (
        <PageView runtime={runtime} snapshot={snapshot} />
      )}
      <AlertToasts alerts={snapshot.alerts} onDismiss={runtime.dismissAlert} />
    </>
  );
}
