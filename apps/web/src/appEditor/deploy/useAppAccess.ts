import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { App } from "@tessera/model";
import { appKeys, updateApp } from "../../api/apps";

/**
 * Who may open the deployed app: anyone with the link (public) or members of the workspace.
 * Takes effect at once for the latest deployment, no redeploy needed. Used by the top bar's
 * switch and by the deploy dialog.
 */
export function useAppAccess(app: App) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationKey: ["app", app.id, "access"],
    mutationFn: (isPublic: boolean) => updateApp(app.id, { isPublic }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: appKeys.detail(app.id) }),
  });
  return {
    isPublic: update.isPending ? update.variables : app.isPublic,
    pending: update.isPending,
    error: update.error,
    setPublic: (isPublic: boolean) => update.mutate(isPublic),
  };
}
