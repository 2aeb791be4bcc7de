import { useIsMutating, useMutation, useQueryClient } from "@tanstack/react-query";
import type { App } from "@tessera/model";
import { useState } from "react";
import { appQueryOptions, updateApp } from "../../api/apps";

/**
 * Who may open the deployed app: anyone with the link (public) or members of the workspace.
 * Takes effect at once for the latest deployment, no redeploy needed. Used by the top bar's
 * switch and by the deploy dialog.
 *
 * The click sets the new value twice: in this component's state, so the controlled input
 * keeps it in the very render that follows the click (react-query tells observers a task
 * later, and React would put the input back meanwhile), and in the app's query, so every
 * other view of the app follows. The server's answer then replaces the app in the query; a
 * refetch instead would race the optimistic value and show the old one in between. Both
 * views wait while either one's change is out, so two answers never land out of order.
 */
export function useAppAccess(app: App) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const { queryKey } = appQueryOptions(app.id);
  const writeApp = (change: (current: App) => App) =>
    queryClient.setQueryData(queryKey, (cached) => cached && { ...cached, app: change(cached.app) });
  const mutationKey = ["app", app.id, "access"];
  const pending = useIsMutating({ mutationKey }) > 0;
  const update = useMutation({
    mutationKey,
    mutationFn: ({ isPublic }: AccessChange) => updateApp(app.id, { isPublic }),
    // Here rather than in mutate's options: these run even when the dialog closed meanwhile.
    onSuccess: (saved) => writeApp(() => saved),
    onError: (_error, { previous }) => writeApp((current) => ({ ...current, isPublic: previous })),
  });
  return {
    isPublic: chosen ?? app.isPublic,
    pending: pending || update.isPending,
    error: update.error,
    setPublic: (isPublic: boolean) => {
      const previous = app.isPublic;
      setChosen(isPublic);
      writeApp((current) => ({ ...current, isPublic }));
      update.mutate({ isPublic, previous }, { onSettled: () => setChosen(null) });
    },
  };
}

interface AccessChange {
  isPublic: boolean;
  /** What the app said before the click: put back when the server refuses. */
  previous: boolean;
}
