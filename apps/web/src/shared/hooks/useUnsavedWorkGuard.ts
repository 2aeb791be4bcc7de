import { useEffect, useRef } from "react";
import { setNavigationBlocker } from "../../shell/router";

const WARNING = "You have unsaved changes. Leave anyway?";

/**
 * Warns before leaving with unsaved work: closing or reloading the tab (beforeunload) and
 * in-editor navigation alike, except to paths under `stayPrefix` (the same editor, where
 * autosave keeps running).
 */
export function useUnsavedWorkGuard(hasUnsavedWork: boolean, stayPrefix?: string) {
  const unsavedRef = useRef(hasUnsavedWork);
  unsavedRef.current = hasUnsavedWork;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsavedRef.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = WARNING;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    const removeBlocker = setNavigationBlocker((to) =>
      unsavedRef.current && !(stayPrefix && (to === stayPrefix || to.startsWith(`${stayPrefix}/`)))
        ? WARNING
        : null,
    );
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      removeBlocker();
    };
  }, [stayPrefix]);
}
