import { useQueries } from "@tanstack/react-query";
import {
  expandUiModules,
  type PageDoc,
  type ViewerPackage,
  type ViewerPage,
  viewerPackageOf,
} from "@tessera/model";
import { useEffect, useMemo, useState } from "react";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { pageDocQueryOptions } from "../../api/pages";
import { AlertToasts } from "../../runtime/AlertToasts";
import { type AppRuntime, createAppRuntime } from "../../runtime/createAppRuntime";
import { PageView } from "../../runtime/PageView";
import { startEngineWorker } from "../../runtime/startEngineWorker";
import { useAppRuntimeValue } from "../../runtime/useAppRuntime";
import { viewerPageFromDraft } from "../../runtime/viewerPageFromDraft";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Loading } from "../../shared/components/Loading";
import { useEditorStore } from "../../store/editorStore";
import type { EditedPageProps } from "../editedPageProps";
import { packagePinsOf } from "../evaluation/packagePinsOf";

/**
 * Runs the app inside the editor against its drafts, with the viewer's runtime: queries run
 * with scope "draft", so every page is saved first. The store lives in memory, apart from the
 * deployed app's. It starts from the current page; navigateTo moves between pages in here.
 */
export function PreviewPane({ app, pages, page, saver }: EditedPageProps) {
  const [saved, setSaved] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    saver.saveAll().then(
      () => live && setSaved({ error: null }),
      (error: unknown) => live && setSaved({ error }),
    );
    return () => {
      live = false;
    };
  }, [saver]);

  // Pages not opened in this session are read from the server; open ones from their drafts.
  const docs = useQueries({ queries: pages.map((p) => pageDocQueryOptions(app.id, p.id)) });
  const drafts = useEditorStore((s) => s.drafts.page);
  const ready = saved?.error === null && docs.every((d) => d.data);
  const [frozen, setFrozen] = useState<{ pages: ViewerPage[]; docs: PageDoc[] } | null>(null);
  useEffect(() => {
    if (!ready || frozen) return;
    const pageDocs = pages.map((p, i) => drafts[p.id]?.value.present ?? docs[i].data!.doc);
    setFrozen({ pages: pages.map((p, i) => viewerPageFromDraft(p, pageDocs[i])), docs: pageDocs });
  }, [ready, frozen, pages, drafts, docs]);

  const pins = useMemo(() => packagePinsOf(frozen?.docs ?? []), [frozen]);
  const versions = useQueries({
    queries: pins.map((pin) => pinnedPackageVersionQueryOptions(pin.packageId, pin.version)),
  });
  const versionsReady = versions.every((v) => v.data);

  if (saved?.error) return <ErrorMessage error={saved.error} prefix="Preview needs the pages saved" />;
  const docError = docs.find((d) => d.error)?.error ?? versions.find((v) => v.error)?.error;
  if (docError) return <ErrorMessage error={docError} prefix="Preview could not load" />;
  if (!frozen || !versionsReady) return <Loading label="Starting the preview…" />;
  const packages = versions.map((v) => viewerPackageOf(v.data!));
  // UI module instances run as the viewer runs them: laid out as plain widgets and code.
  const viewerPages = frozen.pages.map((p) => expandUiModules(p, packages).page);
  const initialPage = viewerPages.find((p) => p.id === page.id) ?? viewerPages[0];
  return <PreviewRuntime appId={app.id} pages={viewerPages} initialPage={initialPage} packages={packages} />;
}

function PreviewRuntime(props: {
  appId: string;
  pages: ViewerPage[];
  initialPage: ViewerPage;
  packages: ViewerPackage[];
}) {
  const [runtime, setRuntime] = useState<AppRuntime | null>(null);
  // Made inside the effect so that StrictMode's second mount gets a fresh, undisposed runtime.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the preview runs the drafts as they were when it opened
  useEffect(() => {
    const created = createAppRuntime({
      appId: props.appId,
      runScope: "draft",
      pages: props.pages,
      packages: props.packages,
      initialPage: props.initialPage,
      createWorker: startEngineWorker,
      storage: null,
      mode: "VIEW",
    });
    setRuntime(created);
    void created.start();
    return () => created.dispose();
  }, []);
  if (!runtime) return <Loading label="Starting the preview…" />;
  return <PreviewView runtime={runtime} />;
}

function PreviewView({ runtime }: { runtime: AppRuntime }) {
  const page = useAppRuntimeValue(runtime, (snapshot) => snapshot.page);
  const loading = useAppRuntimeValue(runtime, (snapshot) => snapshot.status === "loading");
  const alerts = useAppRuntimeValue(runtime, (snapshot) => snapshot.alerts);
  return (
    <section className="ae-preview" aria-label="Preview">
      <p className="ae-hint">
        Previewing {page.name} · queries run against the saved drafts
        {loading ? " · loading…" : ""}
      </p>
      <PageView runtime={runtime} page={page} />
      <AlertToasts alerts={alerts} onDismiss={runtime.dismissAlert} />
    </section>
  );
}
