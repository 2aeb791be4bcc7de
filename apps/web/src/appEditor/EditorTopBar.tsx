import { DraftStatus } from "../drafts/DraftStatus";
import { Link } from "../shared/components/Link";
import { useEditorStore } from "../store/editorStore";
import { DeployButton } from "./deploy/DeployButton";
import { PublicAppToggle } from "./deploy/PublicAppToggle";
import type { EditedPageProps } from "./editedPageProps";
import { redoShortcuts, undoShortcut } from "./history/docHistory";
import { AppSettingsButton } from "./settings/AppSettingsButton";

/** App name, save state, undo/redo, Preview, app settings, who may open it and Deploy. */
export function EditorTopBar({ app, pages, page, saver }: EditedPageProps) {
  const draft = useEditorStore((s) => s.drafts.page[page.id]);
  const canUndo = useEditorStore((s) => (s.drafts.page[page.id]?.value.past.length ?? 0) > 0);
  const canRedo = useEditorStore((s) => (s.drafts.page[page.id]?.value.future.length ?? 0) > 0);
  const preview = useEditorStore((s) => s.appPreview);
  const store = useEditorStore.getState;
  return (
    <header className="ae-topbar">
      <Link href="/">All apps</Link>
      <h1>
        {app.name} <span className="ae-hint">/ {page.name}</span>
      </h1>
      <DraftStatus draft={draft} noun="page" />
      <span className="ae-spacer" />
      <button
        type="button"
        onClick={() => store().undoPage(page.id)}
        disabled={!canUndo || preview}
        title={`Undo (${undoShortcut.label})`}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => store().redoPage(page.id)}
        disabled={!canRedo || preview}
        title={`Redo (${redoShortcuts.map((s) => s.label).join(" or ")})`}
      >
        Redo
      </button>
      <button type="button" aria-pressed={preview} onClick={() => store().setAppPreview(!preview)}>
        Preview
      </button>
      <AppSettingsButton app={app} pages={pages} />
      <PublicAppToggle app={app} />
      <DeployButton app={app} pages={pages} page={page} saver={saver} />
    </header>
  );
}
