import type { DraftModule, ModuleBody } from "@tessera/model";
import { hasUnsavedWork } from "../drafts/draft";
import { Link } from "../shared/components/Link";
import { useEditorStore } from "../store/editorStore";

/**
 * The package's entity explorer: query, JS and UI modules, each with add, and rename and
 * delete per module. The local name shows, so a rename shows before it is saved.
 */
export function EntityExplorer(props: {
  packageId: string;
  modules: DraftModule[];
  selectedId: string | undefined;
  onAdd: (kind: ModuleBody["kind"]) => void;
  onRename: (moduleId: string) => void;
  onDelete: (moduleId: string) => void;
}) {
  const drafts = useEditorStore((s) => s.drafts.module);
  const section = (kind: ModuleBody["kind"], title: string, noun: string) => {
    const items = props.modules.filter((m) => m.module.kind === kind);
    const headingId = `explorer-${kind}`;
    return (
      <section aria-labelledby={headingId} className="explorer-section">
        <div className="section-head">
          <h2 id={headingId}>{title}</h2>
          <button type="button" onClick={() => props.onAdd(kind)} aria-label={`Add ${noun}`}>
            +
          </button>
        </div>
        {items.length === 0 ? (
          <p className="empty">No {noun}s yet.</p>
        ) : (
          <ul>
            {items.map((m) => {
              const draft = drafts[m.id];
              const name = draft?.value.name ?? m.module.name;
              const selected = m.id === props.selectedId;
              return (
                <li key={m.id} className={selected ? "explorer-item selected" : "explorer-item"}>
                  <Link
                    href={`/packages/${props.packageId}/modules/${m.id}`}
                    aria-current={selected ? "page" : undefined}
                  >
                    {name}
                    {draft && hasUnsavedWork(draft) ? (
                      <span aria-hidden="true" title="Unsaved changes">
                        {" "}
                        •
                      </span>
                    ) : null}
                  </Link>
                  <button type="button" onClick={() => props.onRename(m.id)} aria-label={`Rename ${name}`}>
                    Rename
                  </button>
                  <button
                    type="button"
                    className="danger-text"
                    onClick={() => props.onDelete(m.id)}
                    aria-label={`Delete ${name}`}
                  >
                    Delete
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    );
  };
  return (
    <nav className="explorer" aria-label="Modules">
      {section("query", "Queries", "query module")}
      {section("js", "JS modules", "JS module")}
      {section("ui", "UI modules", "UI module")}
    </nav>
  );
}
