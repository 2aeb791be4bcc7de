import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { App, Page } from "@tessera/model";
import { slugify } from "@tessera/model";
import { useState } from "react";
import { appKeys } from "../../api/apps";
import { createPage, deletePage, updatePage } from "../../api/pages";
import { ConfirmDialog } from "../../shared/components/ConfirmDialog";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { NameDialog } from "../../shared/components/NameDialog";
import { useEditorStore } from "../../store/editorStore";

/**
 * The app's pages: open one, add, rename, delete, reorder, and choose the home page (the one
 * the viewer opens first). Page names are also their slugs in the viewer URL.
 */
export function PagesPanel({
  app,
  pages,
  currentPage,
  onOpenPage,
}: {
  app: App;
  pages: Page[];
  currentPage: Page;
  onOpenPage: (page: Page) => void;
}) {
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<
    { kind: "add" } | { kind: "rename"; page: Page } | { kind: "delete"; page: Page } | null
  >(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: appKeys.detail(app.id) });

  const update = useMutation({
    mutationFn: ({ page, body }: { page: Page; body: Parameters<typeof updatePage>[2] }) =>
      updatePage(app.id, page.id, body),
    onSettled: invalidate,
  });

  const move = async (page: Page, direction: -1 | 1) => {
    const index = pages.findIndex((p) => p.id === page.id);
    const other = pages[index + direction];
    if (!other) return;
    // Orders are swapped by index, so pages with equal stored orders still end up distinct.
    await update.mutateAsync({ page, body: { order: index + direction } });
    await update.mutateAsync({ page: other, body: { order: index } });
  };

  const submitAdd = async (name: string) => {
    const page = await createPage(app.id, { name, slug: slugify(name) });
    await invalidate();
    onOpenPage(page);
  };

  return (
    <section className="ae-panel" aria-labelledby="ae-pages-title">
      <div className="ae-panel-header">
        <h2 id="ae-pages-title">Pages</h2>
        <button type="button" className="ae-small-button" onClick={() => setDialog({ kind: "add" })}>
          Add page
        </button>
      </div>
      <ul className="ae-list" aria-label="Pages">
        {pages.map((page, index) => (
          <li key={page.id}>
            <div className="ae-item">
              <button
                type="button"
                className="ae-item-main"
                aria-current={page.id === currentPage.id ? "page" : undefined}
                onClick={() => onOpenPage(page)}
              >
                {page.name}
              </button>
              {page.isHome ? <span className="ae-badge">Home</span> : null}
            </div>
            {page.id === currentPage.id ? (
              <div className="ae-item">
                <button
                  type="button"
                  className="ae-small-button"
                  aria-label={`Rename page ${page.name}`}
                  onClick={() => setDialog({ kind: "rename", page })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="ae-small-button"
                  aria-label={`Make ${page.name} the home page`}
                  disabled={page.isHome || update.isPending}
                  onClick={() => update.mutate({ page, body: { isHome: true } })}
                >
                  Set home
                </button>
                <button
                  type="button"
                  className="ae-small-button"
                  aria-label={`Move page ${page.name} up`}
                  disabled={index === 0 || update.isPending}
                  onClick={() => void move(page, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="ae-small-button"
                  aria-label={`Move page ${page.name} down`}
                  disabled={index === pages.length - 1 || update.isPending}
                  onClick={() => void move(page, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="ae-small-button"
                  aria-label={`Delete page ${page.name}`}
                  disabled={pages.length === 1}
                  onClick={() => setDialog({ kind: "delete", page })}
                >
                  Delete
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage error={update.error} prefix="Could not change the page" />
      {dialog?.kind === "add" ? (
        <NameDialog
          title="Add page"
          label="Page name"
          submitLabel="Add page"
          onSubmit={submitAdd}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === "rename" ? (
        <NameDialog
          title={`Rename page ${dialog.page.name}`}
          label="Page name"
          initialName={dialog.page.name}
          submitLabel="Rename"
          onSubmit={(name) => update.mutateAsync({ page: dialog.page, body: { name, slug: slugify(name) } })}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === "delete" ? (
        <ConfirmDialog
          title={`Delete page ${dialog.page.name}?`}
          message="The page and everything on it will be deleted. Deployed versions keep their copy."
          confirmLabel="Delete page"
          onConfirm={async () => {
            await deletePage(app.id, dialog.page.id);
            // Its local copy must go too, or its unsaved state would hold up deploys and leaving.
            useEditorStore.getState().dropPageDraft(dialog.page.id);
            await invalidate();
            if (dialog.page.id === currentPage.id) {
              // The home page, as the viewer would open; the server picks a new one if it was this.
              const rest = pages.filter((p) => p.id !== dialog.page.id);
              const next = rest.find((p) => p.isHome) ?? rest[0];
              if (next) onOpenPage(next);
            }
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </section>
  );
}
