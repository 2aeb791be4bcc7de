import { useEffect } from "react";
import { useEditorStore } from "../../store/editorStore";
import type { PageSaver } from "./usePageSaver";

/** Quiet time after the last edit before the page doc saves. */
export const AUTOSAVE_DELAY_MS = 700;

/** Runs the autosave timer for every dirty page draft of the app. */
export function usePageAutosave(appId: string, saver: PageSaver): void {
  // A string key changes exactly when some page got a new edit or changed state.
  const dirtyKey = useEditorStore((s) =>
    Object.values(s.pageDrafts)
      .filter((d) => d.appId === appId && d.saveState === "dirty")
      .map((d) => `${d.pageId}:${d.editCount}`)
      .join(","),
  );
  useEffect(() => {
    if (!dirtyKey) return;
    const timer = setTimeout(() => {
      for (const entry of dirtyKey.split(",")) void saver.saveNow(entry.split(":")[0]);
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirtyKey, saver]);
}
