/**
 * An error answered in GoTrue's shape: `{ code, error_code, msg }` with `code` the HTTP
 * status, so supabase-js style clients and apps written against Supabase read it unchanged.
 */
export class GoTrueError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }

  toJSON(): { code: number; error_code: string; msg: string } {
    return { code: this.status, error_code: this.errorCode, msg: this.message };
  }
}

export const invalidCredentials = () =>
  new GoTrueError(400, "invalid_credentials", "Invalid login credentials");

export const refreshTokenAlreadyUsed = () =>
  new GoTrueError(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");

export const refreshTokenNotFound = () =>
  new GoTrueError(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");

export const noAuthorization = () =>
  new GoTrueError(401, "no_authorization", "This endpoint requires a Bearer token");

export const sessionNotFound = () =>
  new GoTrueError(403, "session_not_found", "Session from session_id claim in JWT does not exist");

const BAD_JWT_DETAIL = {
  malformed: "token is malformed",
  signature: "signature is invalid",
  expired: "token has invalid claims: token is expired",
} as const;

export const badJwt = (failure: keyof typeof BAD_JWT_DETAIL) =>
  new GoTrueError(
    403,
    "bad_jwt",
    `invalid JWT: unable to parse or verify signature, ${BAD_JWT_DETAIL[failure]}`,
  );

export const validationFailed = (message: string) => new GoTrueError(400, "validation_failed", message);

export const unsupportedGrantType = () =>
  new GoTrueError(400, "unsupported_grant_type", "unsupported_grant_type");

export const badJson = (detail: string) =>
  new GoTrueError(400, "bad_json", `Could not parse request body as JSON: ${detail}`);

export const notFound = () => new GoTrueError(404, "not_found", "Not Found");
