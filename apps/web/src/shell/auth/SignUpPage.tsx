import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { authConfigQueryOptions, sessionQueryOptions, signIn, signUp } from "../../api/auth";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Link } from "../../shared/components/Link";
import { Loading } from "../../shared/components/Loading";
import { NewPasswordField } from "../../shared/components/NewPasswordField";
import { TextField } from "../../shared/components/TextField";
import { usePendingAction } from "../../shared/hooks/usePendingAction";
import { navigate, signInPath } from "../router";

/** Creates a platform account; the first account on a fresh install becomes the instance admin. */
export function SignUpPage({ next }: { next: string | null }) {
  const queryClient = useQueryClient();
  const config = useQuery(authConfigQueryOptions());
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { pending, error, run } = usePendingAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await signUp({ name, email, password });
      // Sign-up may or may not open a session; signing in makes it certain either way.
      const user = await signIn({ email, password });
      queryClient.setQueryData(sessionQueryOptions().queryKey, user);
      await queryClient.invalidateQueries({ queryKey: authConfigQueryOptions().queryKey });
      navigate(next ?? "/", { replace: true });
    });
  };

  const signInHref = signInPath(next);
  if (config.isPending) return <Loading />;
  const closed = config.data && !config.data.signupEnabled && config.data.hasUsers;
  return (
    <main className="auth-page">
      <form className="auth-card form" onSubmit={submit} aria-labelledby="signup-title">
        <h1 id="signup-title">Create your Tessera account</h1>
        {config.data && !config.data.hasUsers && (
          <p className="note">This is the first account on this instance: it becomes the instance admin.</p>
        )}
        {closed ? (
          <p className="note">Sign-up is closed on this instance. Ask an admin to invite you.</p>
        ) : (
          <>
            <TextField label="Name" value={name} onValue={setName} required autoFocus maxLength={100} />
            <TextField
              label="Email"
              type="email"
              autoComplete="username"
              value={email}
              onValue={setEmail}
              required
            />
            <NewPasswordField value={password} onValue={setPassword} />
            <ErrorMessage error={error} />
            <button type="submit" className="primary" disabled={pending}>
              {pending ? "Creating account…" : "Sign up"}
            </button>
          </>
        )}
        <p>
          Already have an account? <Link href={signInHref}>Sign in</Link>
        </p>
      </form>
    </main>
  );
}
