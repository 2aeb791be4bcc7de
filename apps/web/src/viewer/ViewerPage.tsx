import { DEFAULT_APP_SETTINGS, type ViewerApp } from "@tessera/model";
import { useEffect } from "react";
import { AlertToasts } from "../runtime/AlertToasts";
import type { AppRuntime } from "../runtime/createAppRuntime";
import { PageView } from "../runtime/PageView";
import { useAppRuntime } from "../runtime/useAppRuntime";
import { AppNav } from "./AppNav";
import { ViewerLoading } from "./ViewerLoading";

/**
 * A running app in its shell: the title and navigation the author set, then the page. While a
 * page loads (first evaluation and on-load actions, e.g. a guard that sends a signed-out
 * visitor away) its widgets stay hidden, so protected content never flashes.
 */
export function ViewerPage({ runtime, app }: { runtime: AppRuntime; app: ViewerApp }) {
  const snapshot = useAppRuntime(runtime);
  const loading = snapshot.status === "loading";
  const settings = app.settings ?? DEFAULT_APP_SETTINGS;
  const title = settings.title || app.name;

  useEffect(() => {
    document.title = `${snapshot.page.name} · ${title}`;
  }, [snapshot.page.name, title]);

  const hidden = new Set(settings.hiddenPages);
  return (
    <div className={`tv-shell tv-shell-${settings.navigation}`}>
      {settings.navigation === "hidden" ? null : (
        <AppNav
          title={title}
          layout={settings.navigation}
          pages={app.pages.filter((page) => !hidden.has(page.id))}
          current={snapshot.page}
          hrefOf={(page) => `/app/${app.slug}/${page.slug}`}
          onOpen={(page) => {
            if (page.id !== snapshot.page.id) void runtime.goToPage(page, {}, true);
          }}
        />
      )}
      <div className="tv-canvas">
        {loading ? (
          <ViewerLoading label={`Loading ${snapshot.page.name}`} />
        ) : (
          <PageView runtime={runtime} snapshot={snapshot} />
        )}
      </div>
      <AlertToasts alerts={snapshot.alerts} onDismiss={runtime.dismissAlert} />
    </div>
  );
}
