import "@tessera/widgets/widgets.css";
import "../runtime/runtime.css";
import "./appEditor.css";
import { useQuery } from "@tanstack/react-query";
import { type App, expandUiModules, type Page } from "@tessera/model";
import { loadWidgets } from "@tessera/widgets";
import { use, useCallback, useEffect, useMemo } from "react";
import { appQueryOptions } from "../api/apps";
import { DraftProblem } from "../drafts/DraftProblem";
import { useDraftAutosave } from "../drafts/useDraftAutosave";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { LoadFailedPage } from "../shared/components/LoadFailedPage";
import { Loading } from "../shared/components/Loading";
import { useSaveShortcut } from "../shared/hooks/useSaveShortcut";
import { navigate } from "../shell/router";
import { useEditorStore } from "../store/editorStore";
import { PageCodeContext, usePageCodeOf } from "./bindings/PageCodeContext";
import { Canvas } from "./canvas/Canvas";
import { useCanvasShortcuts } from "./canvas/useCanvasShortcuts";
import { pageDocTarget } from "./docTarget";
import { EditorTopBar } from "./EditorTopBar";
import { useDraftEvaluation } from "./evaluation/useDraftEvaluation";
import { EntityExplorer } from "./explorer/EntityExplorer";
import { Inspector } from "./inspector/Inspector";
import { PagesPanel } from "./pages/PagesPanel";
import { useUiModuleSections } from "./palette/useUiModuleSections";
import { WidgetPalette } from "./palette/WidgetPalette";
import { PreviewPane } from "./preview/PreviewPane";
import { useLeaveGuard } from "./save/useLeaveGuard";
import { usePageSaver } from "./save/usePageSaver";
import { UpgradeBanner } from "./upgrade/UpgradeBanner";
import { usePageDraft } from "./usePageDraft";

const everyWidgetType = loadWidgets() ?? Promise.resolve();

/** Props of the app editor, from the routes /apps/:appId and /apps/:appId/pages/:pageId. */
export interface AppEditorProps {
  appId: string;
  pageId?: string;
}

/**
 * The app editor: pages, entity explorer and widget palette on the left, the canvas (or the
 * Preview) in the middle, the property pane or entity editor on the right. Lazy-loaded by the
 * editor shell's router.
 */
export default function AppEditor({ appId, pageId }: AppEditorProps) {
  // The palette, canvas and property pane read every widget type's definition; the shell's
  // Suspense shows its loading state meanwhile.
  use(everyWidgetType);
  const app = useQuery(appQueryOptions(appId));
  if (app.isPending) return <Loading label="Loading the app…" />;
  if (app.isError) return <LoadFailedPage error={app.error} prefix="Could not open the app" />;
  const { pages } = app.data;
  const page = pages.find((p) => p.id === pageId) ?? pages.find((p) => p.isHome) ?? pages[0];
  if (!page) return <ErrorMessage error={new Error("This app has no pages.")} />;
  return <AppEditorWorkspace app={app.data.app} pages={pages} page={page} />;
}

function AppEditorWorkspace({ app, pages, page }: { app: App; pages: Page[]; page: Page }) {
  const { draft, error } = usePageDraft(app.id, page.id);
  const preview = useEditorStore((s) => s.appPreview);
  const saver = usePageSaver(app.id);
  useDraftAutosave(saver.adapter, app.id);
  useLeaveGuard(app.id);
  const target = useMemo(() => pageDocTarget(page.id), [page.id]);
  const uiModuleSections = useUiModuleSections(app.workspaceId);
  useCanvasShortcuts(target, !preview);
  useSaveShortcut(() => useEditorStore.getState().requestSaveNow());
  const doc = draft?.value.present;
  const evaluation = useDraftEvaluation(app.id, page, doc);
  const lockedWidgets = useMemo(() => {
    if (!doc) return [];
    const own = new Set(doc.widgets.map((w) => w.id));
    return expandUiModules(doc, evaluation.packages).page.widgets.filter((w) => !own.has(w.id));
  }, [doc, evaluation.packages]);
  const pageCode = usePageCodeOf(
    doc,
    evaluation.packages,
    pages.map((p) => p.name),
    evaluation.vaultKeys,
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection belongs to one page: a page change clears it
  useEffect(() => {
    const store = useEditorStore.getState();
    store.selectWidgets([]);
    store.focusEntity(null);
    store.setPlacingWidget(null);
  }, [page.id]);
  // Leaving the editor ends a preview, so the next app opens in edit mode.
  useEffect(() => () => useEditorStore.getState().setAppPreview(false), []);

  const openPage = useCallback(
    async (target: Page) => {
      if (target.id === page.id) return;
      await saver.saveNow(page.id);
      navigate(`/apps/${encodeURIComponent(app.id)}/pages/${encodeURIComponent(target.id)}`);
    },
    [app.id, page.id, saver],
  );

  return (
    <PageCodeContext value={pageCode}>
      <div className="ae-root">
        <EditorTopBar app={app} pages={pages} page={page} saver={saver} />
        <DraftProblem adapter={saver.adapter} draft={draft} />
        {doc && !preview ? (
          <UpgradeBanner workspaceId={app.workspaceId} appId={app.id} pages={pages} doc={doc} />
        ) : null}
        <div className={preview ? "ae-body ae-previewing" : "ae-body"}>
          <aside className="ae-left" aria-label="App structure">
            <PagesPanel app={app} pages={pages} currentPage={page} onOpenPage={openPage} />
            {!preview && doc ? (
              <>
                <EntityExplorer workspaceId={app.workspaceId} pageId={page.id} doc={doc} />
                <WidgetPalette target={target} sections={uiModuleSections} />
              </>
            ) : null}
          </aside>
          <div className="ae-center">
            {preview ? (
              // Keyed by page: opening another page from the panel restarts the preview there.
              <PreviewPane key={page.id} app={app} pages={pages} page={page} saver={saver} />
            ) : doc ? (
              <>
                {evaluation.problems.map((problem) => (
                  <p key={problem} className="ae-field-error">
                    {problem}
                  </p>
                ))}
                <Canvas
                  target={target}
                  doc={doc}
                  evaluation={evaluation.result}
                  lockedWidgets={lockedWidgets}
                />
              </>
            ) : error ? (
              <ErrorMessage error={error} prefix="Could not load the page" />
            ) : (
              <Loading label="Loading the page…" />
            )}
          </div>
          {!preview && doc ? (
            <aside className="ae-right" aria-label="Inspector">
              <Inspector
                workspaceId={app.workspaceId}
                pageId={page.id}
                doc={doc}
                evaluation={evaluation}
                saver={saver}
              />
            </aside>
          ) : null}
        </div>
      </div>
    </PageCodeContext>
  );
}
