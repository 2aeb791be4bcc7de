import type { JsObject, PageDoc } from "@tessera/model";
import { useEditorStore } from "../../editor/store/editorStore";
import { CodeEditor } from "../../monaco/CodeEditor";
import { deleteJsObject } from "../commands/deleteJsObject";
import { renameJsObject } from "../commands/renameJsObject";
import { updateJsObject } from "../commands/updateJsObject";
import { EntityNameField } from "./EntityNameField";

/** A JS object's `export default { ... }` source, in Monaco. */
export function JsObjectEditor({
  pageId,
  doc,
  jsObject,
}: {
  pageId: string;
  doc: PageDoc;
  jsObject: JsObject;
}) {
  const edit = useEditorStore((s) => s.editPage);
  return (
    <section aria-label={`JS object ${jsObject.name}`}>
      <h2>JS object {jsObject.name}</h2>
      <EntityNameField
        key={jsObject.id}
        doc={doc}
        name={jsObject.name}
        onRename={(name) => edit(pageId, (d) => renameJsObject(d, { id: jsObject.id, name }))}
      />
      <CodeEditor
        language="javascript"
        aria-label={`${jsObject.name} source`}
        value={jsObject.source}
        height={360}
        onChange={(source) =>
          edit(pageId, (d) => updateJsObject(d, { id: jsObject.id, changes: { source } }), {
            coalesceKey: `${jsObject.id}.source`,
          })
        }
      />
      <button
        type="button"
        className="ae-small-button"
        onClick={() => {
          edit(pageId, (d) => deleteJsObject(d, { id: jsObject.id }));
          useEditorStore.getState().focusEntity(null);
        }}
      >
        Delete {jsObject.name}
      </button>
    </section>
  );
}
