import type { App } from "@tessera/model";
import { useAppAccess } from "./useAppAccess";

/**
 * The top bar's switch for who may open the deployed app; its label says what "on" means, and
 * the deploy dialog offers the same choice.
 */
export function PublicAppToggle({ app }: { app: App }) {
  const access = useAppAccess(app);
  return (
    <label
      className="ae-item"
      title={access.error ? access.error.message : "Off: only members of the workspace can open it"}
    >
      <input
        type="checkbox"
        role="switch"
        aria-checked={access.isPublic}
        checked={access.isPublic}
        disabled={access.pending}
        onChange={(event) => access.setPublic(event.target.checked)}
      />
      Anyone with the link can open the app
    </label>
  );
}
