import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { App } from "@tessera/model";
import { appKeys, updateApp } from "../../api/apps";

/**
 * Who may open the deployed app: anyone (public) or members of the workspace only. Takes
 * effect at once for the latest deployment, no redeploy needed.
 */
export function PublicAppToggle({ app }: { app: App }) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (isPublic: boolean) => updateApp(app.id, { isPublic }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: appKeys.detail(app.id) }),
  });
  const checked = update.isPending ? update.variables : app.isPublic;
  return (
    <label className="ae-item" title={update.error ? update.error.message : undefined}>
      <input
        type="checkbox"
        checked={checked}
        disabled={update.isPending}
        onChange={(event) => update.mutate(event.target.checked)}
      />
      Public app
    </label>
  );
}
