import { useEffect } from "react";
import { hasUnsavedWork } from "../../drafts/draft";
import { setNavigationBlocker } from "../../shell/router";
import { pageDraftStore } from "./pageDrafts";

const WARNING = "Some changes to this app are not saved yet. Leave anyway?";

/** True when a page draft of the app holds work the server does not have. */
export function hasUnsavedPages(appId: string): boolean {
  return pageDraftStore.inScope(appId).some(hasUnsavedWork);
}

/**
 * Warns before leaving the app editor with unsaved work: closing or reloading the tab and
 * in-editor navigation alike. It reads the store when asked, so a save that just finished
 * counts even before React re-rendered.
 */
export function useLeaveGuard(appId: string): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedPages(appId)) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = WARNING;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    const removeBlocker = setNavigationBlocker(() => (hasUnsavedPages(appId) ? WARNING : null));
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      removeBlocker();
    };
  }, [appId]);
}
