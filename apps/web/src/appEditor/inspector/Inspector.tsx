import type { PageDoc } from "@tessera/model";
import { useMemo } from "react";
import { useEditorStore } from "../../store/editorStore";
import { pageDocTarget } from "../docTarget";
import type { DraftEvaluation } from "../evaluation/useDraftEvaluation";
import type { PageSaver } from "../save/usePageSaver";
import { AppQueryEditor } from "./AppQueryEditor";
import { JsObjectEditor } from "./JsObjectEditor";
import { ModuleInstancePanel } from "./ModuleInstancePanel";
import { PropertyPane } from "./PropertyPane";

/** The right panel: the selected widget's properties, or the editor of the picked entity. */
export function Inspector({
  workspaceId,
  pageId,
  doc,
  evaluation,
  saver,
}: {
  workspaceId: string;
  pageId: string;
  doc: PageDoc;
  evaluation: DraftEvaluation;
  saver: PageSaver;
}) {
  const selection = useEditorStore((s) => s.widgetSelection);
  const focused = useEditorStore((s) => s.focusedEntity);
  const target = useMemo(() => pageDocTarget(pageId), [pageId]);

  if (focused?.kind === "query") {
    const query = doc.queries.find((q) => q.id === focused.id);
    if (query)
      return (
        <AppQueryEditor
          workspaceId={workspaceId}
          pageId={pageId}
          doc={doc}
          query={query}
          evaluation={evaluation}
          saver={saver}
        />
      );
  }
  if (focused?.kind === "jsObject") {
    const jsObject = doc.jsObjects.find((j) => j.id === focused.id);
    if (jsObject)
      return (
        <JsObjectEditor pageId={pageId} doc={doc} jsObject={jsObject} evaluation={evaluation} saver={saver} />
      );
  }
  if (focused?.kind === "moduleInstance") {
    const instance = doc.moduleInstances.find((m) => m.id === focused.id);
    if (instance) return <ModuleInstancePanel pageId={pageId} doc={doc} instance={instance} />;
  }
  const selected = doc.widgets.filter((w) => selection.includes(w.id));
  if (selected.length === 1)
    return <PropertyPane target={target} doc={doc} widget={selected[0]} evaluation={evaluation.result} />;
  return (
    <section aria-label="Properties">
      <h2>Properties</h2>
      <p className="ae-hint">
        {selected.length > 1
          ? `${selected.length} widgets selected. Arrow keys move them; Delete removes them.`
          : "Select a widget on the canvas, or a query or JS object in the explorer."}
      </p>
    </section>
  );
}
