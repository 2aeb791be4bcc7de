import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { authConfigQueryOptions, sessionQueryOptions, signIn } from "../../api/auth";
import { Link } from "../components/Link";
import { navigate } from "../router";
import { signInErrorText } from "./signInErrorText";

/** The platform sign-in form; returns to `next` (a same-origin path) afterwards. */
export function SignInPage({ next }: { next: string | null }) {
  const queryClient = useQueryClient();
  const config = useQuery(authConfigQueryOptions());
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const user = await signIn({ email, password });
      // Another account may have been signed in on this tab: start from an empty cache.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryOptions().queryKey, user);
      navigate(next ?? "/", { replace: true });
    } catch (cause) {
      setError(signInErrorText(cause));
      setPending(false);
    }
  };

  const signUpHref = next ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
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
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
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
