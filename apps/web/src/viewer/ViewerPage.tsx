import { DEFAULT_APP_SETTINGS, type ViewerApp } from "@tessera/model";
import { useEffect } from "react";
import { AlertToasts } from "../runtime/AlertToasts";
import type { AppRuntime } from "../runtime/createAppRuntime";
import { PageView } from "../runtime/PageView";
import { useAppRuntimeValue } from "../runtime/useAppRuntime";
import { AppNav } from "./AppNav";
import { ViewerLoading } from "./ViewerLoading";

/**
 * A running app in its shell: the title and navigation the author set, then the page. While a
 * page loads (first evaluation and on-load actions, e.g. a guard that sends a signed-out
 * visitor away) its widgets stay hidden, so protected content never flashes.
 */
export function ViewerPage({ runtime, app }: { runtime: AppRuntime; app: ViewerApp }) {
  const page = useAppRuntimeValue(runtime, (snapshot) => snapshot.page);
  const loading = useAppRuntimeValue(runtime, (snapshot) => snapshot.status === "loading");
  const alerts = useAppRuntimeValue(runtime, (snapshot) => snapshot.alerts);
  const settings = app.settings ?? DEFAULT_APP_SETTINGS;
  const title = settings.title || app.name;

  useEffect(() => {
    document.title = `${page.name} · ${title}`;
  }, [page.name, title]);

  const hidden = new Set(settings.hiddenPages);
  return (
    <div className={`tv-shell tv-shell-${settings.navigation}`}>
      {settings.navigation === "hidden" ? null : (
        <AppNav
          title={title}
          layout={settings.navigation}
          pages={app.pages.filter((page) => !hidden.has(page.id))}
          current={page}
          hrefOf={(page) => `/app/${app.slug}/${page.slug}`}
          onOpen={(target) => {
            if (target.id !== page.id) void runtime.goToPage(target, {}, true);
          }}
        />
      )}
      <div className="tv-canvas">
        {loading ? (
          <ViewerLoading label={`Loading ${page.name}`} />
        ) : (
          <PageView runtime={runtime} page={page} />
        )}
      </div>
      <AlertToasts alerts={alerts} onDismiss={runtime.dismissAlert} />
    </div>
  );
}
