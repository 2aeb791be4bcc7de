import { isApiError } from "../../api/ApiRequestError";

/** The text to show for a failed request: the server's message, which names what went wrong. */
export function errorText(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}

/** An error announced to screen readers, or nothing when there is no error. */
export function ErrorMessage({ error, prefix }: { error: unknown; prefix?: string }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {prefix ? `${prefix}: ` : ""}
      {errorText(error)}
    </p>
  );
}
