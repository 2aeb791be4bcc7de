import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useEditorStore } from "../store/editorStore";
import { saveModuleDraft } from "./saveModuleDraft";

/** How long typing must pause before a draft saves itself. */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves one module's draft a moment after the last edit, and at once on Ctrl/Cmd+S. One per
 * module of the open package, so switching modules never drops a pending save. Renders nothing.
 */
export function ModuleAutosaver({ packageId, moduleId }: { packageId: string; moduleId: string }) {
  const queryClient = useQueryClient();
  const editCount = useEditorStore((s) => s.moduleDrafts[moduleId]?.editCount);
  const saveState = useEditorStore((s) => s.moduleDrafts[moduleId]?.saveState);
  const saving = useEditorStore((s) => s.moduleDrafts[moduleId]?.saving);
  const saveNowToken = useEditorStore((s) => s.saveNowToken);

  // biome-ignore lint/correctness/useExhaustiveDependencies: editCount restarts the debounce on each edit
  useEffect(() => {
    if (saveState !== "dirty" || saving) return;
    const timer = setTimeout(() => void saveModuleDraft(queryClient, packageId, moduleId), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [editCount, saveState, saving, queryClient, packageId, moduleId]);

  useEffect(() => {
    if (saveNowToken === 0) return;
    const state = useEditorStore.getState().moduleDrafts[moduleId]?.saveState;
    // "failed" retries on demand; "stale" waits for the author's choice.
    if (state === "dirty" || state === "failed") void saveModuleDraft(queryClient, packageId, moduleId);
  }, [saveNowToken, queryClient, packageId, moduleId]);

  return null;
}
