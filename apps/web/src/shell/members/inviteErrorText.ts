import { isApiError } from "../../api/ApiRequestError";
import { errorText } from "../../shared/components/ErrorMessage";

/**
 * The text of a refused invite. The server names a bad entry by its place in the list it was
 * sent (`body.emails.2: must be an email address`), which the person typing never saw: this
 * puts the email back in its place. Every other refusal (409 `already_member` names the email
 * itself) reads as the server wrote it.
 *
 * @example inviteErrorText(error, ["a@x.com", "bob@"]) // "bob@: must be an email address"
 */
export function inviteErrorText(error: unknown, emails: readonly string[]): string {
  const text = errorText(error);
  if (!isApiError(error, 400) || !error.path) return text;
  const index = /^body\.emails\.(\d+)$/.exec(error.path)?.[1];
  const email = index === undefined ? undefined : emails[Number(index)];
  if (email === undefined) return text;
  const prefix = `${error.path}: `;
  return `${email}: ${text.startsWith(prefix) ? text.slice(prefix.length) : text}`;
}
