import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { authConfigQueryOptions, sessionQueryOptions, signIn } from "../../api/auth";
import { Link } from "../../shared/components/Link";
import { TextField } from "../../shared/components/TextField";
import { usePendingAction } from "../../shared/hooks/usePendingAction";
import { navigate, signUpPath } from "../router";
import { signInErrorText } from "./signInErrorText";

/** The platform sign-in form; returns to `next` (a same-origin path) afterwards. */
export function SignInPage({ next }: { next: string | null }) {
  const queryClient = useQueryClient();
  const config = useQuery(authConfigQueryOptions());
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { pending, error, run } = usePendingAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const user = await signIn({ email, password });
      // Another account may have been signed in on this tab: start from an empty cache.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryOptions().queryKey, user);
      navigate(next ?? "/", { replace: true });
    });
  };

  const signUpHref = signUpPath(next);
  return (
    <main className="auth-page">
      <form className="auth-card form" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in to Tessera</h1>
        {config.data && !config.data.hasUsers && (
          <p className="note">
            No account exists yet. <Link href={signUpHref}>Create the first account</Link>: it becomes the
            instance admin.
          </p>
        )}
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
          required
          autoFocus
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          required
        />
        {error !== null && (
          <p className="error" role="alert">
            {signInErrorText(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
        {(config.data?.signupEnabled ?? true) && config.data?.hasUsers !== false && (
          <p>
            No account? <Link href={signUpHref}>Sign up</Link>
          </p>
        )}
      </form>
    </main>
  );
}
