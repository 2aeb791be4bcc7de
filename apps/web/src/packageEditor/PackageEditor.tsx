import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Datasource, DraftModule, ModuleBody } from "@tessera/model";
import { identifierSchema } from "@tessera/model";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { datasourcesQueryOptions } from "../api/datasources";
import { createModule, deleteModule, packageQueryOptions } from "../api/packages";
import { DraftProblem } from "../drafts/DraftProblem";
import { DraftStatus } from "../drafts/DraftStatus";
import { hasUnsavedWork } from "../drafts/draft";
import { useDraftAutosave } from "../drafts/useDraftAutosave";
import { ConfirmDialog } from "../shared/components/ConfirmDialog";
import { Link } from "../shared/components/Link";
import { LoadFailedPage } from "../shared/components/LoadFailedPage";
import { Loading } from "../shared/components/Loading";
import { NameDialog } from "../shared/components/NameDialog";
import { useSaveShortcut } from "../shared/hooks/useSaveShortcut";
import { useUnsavedWorkGuard } from "../shared/hooks/useUnsavedWorkGuard";
import { navigate } from "../shell/router";
import { useEditorStore } from "../store/editorStore";
import { EntityExplorer } from "./EntityExplorer";
import { JsModuleEditor } from "./JsModuleEditor";
import {
  editModule,
  loadModuleDraft,
  moduleDraftAdapter,
  moduleDraftStore,
  saveModuleDraft,
} from "./moduleDrafts";
import { newJsModule, newQueryModule, newUiModule } from "./newModule";
import { PublishButton } from "./PublishButton";
import { QueryModuleEditor } from "./QueryModuleEditor";
import { VersionsPanel } from "./VersionsPanel";
import { WhereUsedPanel } from "./WhereUsedPanel";

// The canvas, palette and widgets come with the app editor's code: loaded when one opens.
const UiModuleEditor = lazy(() => import("./UiModuleEditor"));

/** Per module kind: the add dialog's title, the name it suggests, and the new module's body. */
const NEW_MODULE: Record<
  ModuleBody["kind"],
  { title: string; stem: string; body: (name: string, datasource: Datasource | null) => ModuleBody }
> = {
  query: { title: "New query module", stem: "query", body: newQueryModule },
  js: { title: "New JS module", stem: "JSModule", body: (name) => newJsModule(name) },
  ui: { title: "New UI module", stem: "UIModule", body: (name) => newUiModule(name) },
};

type Dialog =
  | { kind: "add"; moduleKind: ModuleBody["kind"] }
  | { kind: "rename"; moduleId: string }
  | { kind: "delete"; moduleId: string }
  | null;

/** The package editor (`/packages/:packageId[/modules/:moduleId]`). */
export function PackageEditor({ packageId, moduleId }: { packageId: string; moduleId?: string }) {
  const queryClient = useQueryClient();
  const pkgQuery = useQuery(packageQueryOptions(packageId));
  const workspaceId = pkgQuery.data?.package.workspaceId;
  const datasources = useQuery({ ...datasourcesQueryOptions(workspaceId ?? ""), enabled: !!workspaceId });
  const drafts = moduleDraftStore.useTable((table) => table);
  const adapter = useMemo(() => moduleDraftAdapter(queryClient, packageId), [queryClient, packageId]);
  useDraftAutosave(adapter, packageId);
  const [dialog, setDialog] = useState<Dialog>(null);

  const serverModules = pkgQuery.data?.modules;
  // The draft is copied in once per server revision; local edits win until saved (see the slice).
  useEffect(() => {
    for (const m of serverModules ?? []) loadModuleDraft(packageId, m);
  }, [serverModules, packageId]);

  const modules = serverModules ?? [];
  const unsaved = modules.some((m) => drafts[m.id] && hasUnsavedWork(drafts[m.id]));
  useUnsavedWorkGuard(unsaved, `/packages/${packageId}`);
  useSaveShortcut(() => useEditorStore.getState().requestSaveNow());

  const localBodies = useMemo(() => modules.map((m) => drafts[m.id]?.value ?? m.module), [modules, drafts]);

  // Open the first module when none is named, so the editor never shows an empty middle.
  const firstId = modules[0]?.id;
  const selectedExists = moduleId ? modules.some((m) => m.id === moduleId) : false;
  useEffect(() => {
    if (!pkgQuery.isSuccess) return;
    if ((!moduleId || !selectedExists) && firstId)
      navigate(`/packages/${packageId}/modules/${firstId}`, { replace: true });
  }, [pkgQuery.isSuccess, moduleId, selectedExists, firstId, packageId]);

  if (pkgQuery.isPending) return <Loading />;
  if (pkgQuery.isError) return <LoadFailedPage error={pkgQuery.error} prefix="Could not load the package" />;

  const pkg = pkgQuery.data.package;
  const selected = modules.find((m) => m.id === moduleId);
  const draft = selected ? drafts[selected.id] : undefined;
  const body = draft?.value;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: packageQueryOptions(packageId).queryKey, exact: true });
  const nameTaken = (name: string, exceptId?: string) =>
    modules.some((m) => m.id !== exceptId && (drafts[m.id]?.value.name ?? m.module.name) === name);
  const checkName = (name: string, exceptId?: string) => {
    const parsed = identifierSchema.safeParse(name);
    if (!parsed.success) throw new Error(`Name ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
    if (nameTaken(name, exceptId)) throw new Error(`A module named ${name} already exists in this package.`);
  };
  const dialogModule =
    dialog && dialog.kind !== "add" ? modules.find((m) => m.id === dialog.moduleId) : undefined;
  const dialogName = dialogModule ? (drafts[dialogModule.id]?.value.name ?? dialogModule.module.name) : "";

  return (
    <main className="package-editor" aria-label={`Package ${pkg.name}`}>
      <header className="editor-header">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href="/">Workspaces</Link> / <span>{pkg.name}</span>
        </nav>
        <h1>{pkg.name}</h1>
        <DraftStatus draft={draft} noun="module" />
        <span className="topbar-spacer" />
        <PublishButton pkg={pkg} />
      </header>
      <div className="package-body">
        <EntityExplorer
          packageId={packageId}
          modules={modules}
          selectedId={moduleId}
          onAdd={(moduleKind) => setDialog({ kind: "add", moduleKind })}
          onRename={(id) => setDialog({ kind: "rename", moduleId: id })}
          onDelete={(id) => setDialog({ kind: "delete", moduleId: id })}
        />
        <section className="module-pane" aria-label={body ? `Module ${body.name}` : "Module"}>
          <DraftProblem adapter={adapter} draft={draft} />
          {modules.length === 0 ? (
            <div className="empty-state">
              <p>This package has no modules yet.</p>
              <button type="button" onClick={() => setDialog({ kind: "add", moduleKind: "query" })}>
                Add a query module
              </button>
              <button type="button" onClick={() => setDialog({ kind: "add", moduleKind: "js" })}>
                Add a JS module
              </button>
              <button type="button" onClick={() => setDialog({ kind: "add", moduleKind: "ui" })}>
                Add a UI module
              </button>
            </div>
          ) : !selected || !body ? (
            <Loading />
          ) : body.kind === "query" ? (
            <QueryModuleEditor
              key={selected.id}
              packageId={packageId}
              workspaceId={pkg.workspaceId}
              moduleId={selected.id}
              module={body}
              packageModules={localBodies}
            />
          ) : body.kind === "ui" ? (
            <Suspense fallback={<Loading label="Loading the canvas…" />}>
              <UiModuleEditor
                key={selected.id}
                packageId={packageId}
                moduleId={selected.id}
                module={body}
                packageModules={localBodies}
              />
            </Suspense>
          ) : body.kind === "js" ? (
            <JsModuleEditor
              key={selected.id}
              packageId={packageId}
              moduleId={selected.id}
              module={body}
              packageModules={localBodies}
            />
          ) : null}
        </section>
        <aside className="side-pane">
          <VersionsPanel packageId={packageId} />
          <WhereUsedPanel packageId={packageId} />
        </aside>
      </div>
      {dialog?.kind === "add" && (
        <NameDialog
          title={NEW_MODULE[dialog.moduleKind].title}
          submitLabel="Add module"
          initialName={suggestName(NEW_MODULE[dialog.moduleKind].stem, (n) => nameTaken(n))}
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            checkName(name);
            const body = NEW_MODULE[dialog.moduleKind].body(name, datasources.data?.[0] ?? null);
            const created: DraftModule = await createModule(packageId, body);
            await refresh();
            navigate(`/packages/${packageId}/modules/${created.id}`);
          }}
        />
      )}
      {dialog?.kind === "rename" && dialogModule && (
        <NameDialog
          title={`Rename ${dialogName}`}
          initialName={dialogName}
          submitLabel="Rename"
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            checkName(name, dialogModule.id);
            editModule(dialogModule.id, (m) => ({ ...m, name }));
            await saveModuleDraft(queryClient, packageId, dialogModule.id);
            const after = moduleDraftStore.get(dialogModule.id);
            if (after?.error) throw new Error(after.error);
          }}
        />
      )}
      {dialog?.kind === "delete" && dialogModule && (
        <ConfirmDialog
          title={`Delete ${dialogName}?`}
          message="The module is removed from the draft. Published versions keep it."
          confirmLabel="Delete module"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await deleteModule(packageId, dialogModule.id);
            moduleDraftStore.drop(dialogModule.id);
            await refresh();
            if (dialogModule.id === moduleId) navigate(`/packages/${packageId}`, { replace: true });
          }}
        />
      )}
    </main>
  );
}

/** `query1`, `query2`, …: the first free name with the given stem. */
function suggestName(stem: string, taken: (name: string) => boolean): string {
  for (let i = 1; ; i++) if (!taken(`${stem}${i}`)) return `${stem}${i}`;
}
