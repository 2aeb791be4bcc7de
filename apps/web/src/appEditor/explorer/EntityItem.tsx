import type { ReactNode } from "react";
import { useEditorStore } from "../../store/editorStore";
import type { EntityRef } from "../store/appEditorSlice";
import { openEntity } from "./openEntity";

/** One query, JS object or module instance of the explorer; a click opens it in the inspector. */
export function EntityItem({ entity, children }: { entity: EntityRef; children: ReactNode }) {
  const current = useEditorStore(
    (s) => s.focusedEntity?.kind === entity.kind && s.focusedEntity.id === entity.id,
  );
  return (
    <li className="ae-item">
      <button
        type="button"
        className="ae-item-main"
        aria-current={current ? "true" : undefined}
        onClick={() => openEntity(entity)}
      >
        {children}
      </button>
    </li>
  );
}
