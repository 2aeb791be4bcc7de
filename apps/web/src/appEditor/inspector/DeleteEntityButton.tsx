import type { PageDoc } from "@tessera/model";
import { useEditorStore } from "../../store/editorStore";

/**
 * "Delete <name>" for the query, JS object or module instance open in the inspector: applies
 * `remove` to the page draft and closes the inspector, which would otherwise show nothing.
 */
export function DeleteEntityButton({
  pageId,
  name,
  remove,
}: {
  pageId: string;
  name: string;
  remove: (doc: PageDoc) => PageDoc;
}) {
  return (
    <button
      type="button"
      className="ae-small-button"
      onClick={() => {
        const store = useEditorStore.getState();
        store.editPage(pageId, remove);
        store.focusEntity(null);
      }}
    >
      Delete {name}
    </button>
  );
}
