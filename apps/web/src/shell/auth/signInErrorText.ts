import { isApiError } from "../../api/ApiRequestError";

/** Formats a wait in seconds as people say it: "45 seconds", "3 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} second${Math.ceil(seconds) === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** What the sign-in form says for a failed sign-in: wrong password, locked out, or other. */
export function signInErrorText(error: unknown): string {
  if (isApiError(error, 401)) return "Wrong email or password.";
  if (isApiError(error, 429)) {
    const wait = error.retryAfter;
    return wait
      ? `Too many failed sign-ins to this account from here. Try again in ${formatWait(wait)}.`
      : `Too many failed sign-ins to this account from here. ${error.message}`;
  }
  if (isApiError(error)) return error.message;
  return "Could not sign in. Try again.";
}
