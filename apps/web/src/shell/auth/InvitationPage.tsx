import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/ApiRequestError";
import { sessionQueryOptions } from "../../api/auth";
import { acceptInvitation, invitationPreviewQueryOptions } from "../../api/invitations";
import { workspacesQueryOptions } from "../../api/workspaces";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Link } from "../../shared/components/Link";
import { Loading } from "../../shared/components/Loading";
import { NewPasswordField } from "../../shared/components/NewPasswordField";
import { TextField } from "../../shared/components/TextField";
import { usePendingAction } from "../../shared/hooks/usePendingAction";
import { roleLabels } from "../members/roleLabels";
import { navigate, signInPath } from "../router";

/**
 * Where an invitation link lands (`/invite/:token`), signed out: the workspace, the invited
 * email and role, and the name and password of the new account. Accepting signs the person in
 * and opens the home page with the workspace. A used, expired, revoked or unknown link shows
 * the server's reason instead of the form.
 */
export function InvitationPage({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const preview = useQuery(invitationPreviewQueryOptions(token));
  const session = useQuery(sessionQueryOptions());
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const { pending, error, run } = usePendingAction();
  // Someone already signed in as the invited email joins with their account as it is.
  const signedInAsInvited = preview.data !== undefined && session.data?.email === preview.data.email;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { user } = await acceptInvitation(
        token,
        signedInAsInvited ? {} : { name: name.trim(), password },
      );
      // Whoever was signed in before in this browser is not the person who just joined: none
      // of their workspaces may show. (Clearing the whole cache would refetch this link, used now.)
      queryClient.removeQueries({ queryKey: workspacesQueryOptions().queryKey });
      queryClient.setQueryData(sessionQueryOptions().queryKey, user);
      navigate("/", { replace: true });
    });
  };

  if (preview.isPending || session.isPending) return <Loading label="Opening the invitation…" />;
  if (preview.isError)
    return (
      <main className="auth-page">
        <div className="auth-card form">
          <h1>This invitation cannot be used</h1>
          <ErrorMessage error={preview.error} />
          <p>Ask a workspace admin for a new invitation.</p>
          {session.data ? (
            <p>
              <Link href="/">Open your workspaces</Link>
            </p>
          ) : (
            <p>
              Already have an account? <Link href={signInPath()}>Sign in</Link>
            </p>
          )}
        </div>
      </main>
    );

  const invitation = preview.data;
  const accountExists = isApiError(error, 409, "account_exists");
  const signInHere = signInPath(`/invite/${encodeURIComponent(token)}`);
  return (
    <main className="auth-page">
      <form className="auth-card form" onSubmit={submit} aria-labelledby="invitation-title">
        <h1 id="invitation-title">Join {invitation.workspaceName}</h1>
        <p>
          You are invited to the workspace <strong>{invitation.workspaceName}</strong> as{" "}
          <strong>{roleLabels[invitation.role].label.toLowerCase()}</strong>: you can{" "}
          {roleLabels[invitation.role].can}.{" "}
          {signedInAsInvited ? "You are signed in with this email." : "Set up your account to join."}
        </p>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={invitation.email}
          readOnly
          onValue={() => {}}
        />
        {!signedInAsInvited && (
          <>
            <TextField label="Name" value={name} onValue={setName} required autoFocus maxLength={100} />
            <NewPasswordField value={password} onValue={setPassword} />
          </>
        )}
        <ErrorMessage error={error} />
        {accountExists && (
          <p>
            <Link href={signInHere}>Sign in</Link> with that account, then open this link again.
          </p>
        )}
        <button type="submit" className="primary" disabled={pending || (!signedInAsInvited && !name.trim())}>
          {pending ? "Joining…" : `Join ${invitation.workspaceName}`}
        </button>
        <p className="hint">
          The link expires on{" "}
          <time dateTime={invitation.expiresAt}>{new Date(invitation.expiresAt).toLocaleString()}</time>.
        </p>
      </form>
    </main>
  );
}
