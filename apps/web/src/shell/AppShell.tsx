import { useQueryClient } from "@tanstack/react-query";
import type { User } from "@tessera/model";
import { type ReactNode, useState } from "react";
import { signOut } from "../api/auth";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { Link } from "../shared/components/Link";
import { useEditorStore } from "../store/editorStore";
import { canLeave, navigate } from "./router";

/** The editor frame: a top bar with home, the signed-in user and sign-out, then the page. */
export function AppShell({ user, children }: { user: User; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);

  const onSignOut = async () => {
    if (!canLeave("/signin")) return;
    setError(null);
    try {
      await signOut();
      // Nothing of the previous user may linger for the next one: cache or local drafts.
      queryClient.clear();
      useEditorStore.setState({ drafts: { module: {}, page: {} } });
      navigate("/signin", { replace: true, force: true });
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          Tessera
        </Link>
        <span className="topbar-spacer" />
        <span className="topbar-user" title={user.email}>
          {user.name}
          {user.isInstanceAdmin ? " (admin)" : ""}
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <ErrorMessage error={error} prefix="Could not sign out" />
      <div className="shell-body">{children}</div>
    </div>
  );
}
