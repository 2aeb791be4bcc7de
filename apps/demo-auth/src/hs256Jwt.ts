import { createHmac, timingSafeEqual } from "node:crypto";

/** The claims the demo auth server puts in an access token (a subset of GoTrue's). */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  email: string;
  phone: string;
  role: string;
  aal: string;
  session_id: string;
  is_anonymous: boolean;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  amr: { method: string; timestamp: number }[];
}

/** Why a token was refused, worded as GoTrue (golang-jwt) words it. */
export type JwtFailure = "malformed" | "signature" | "expired";

export interface Hs256Jwt {
  sign(claims: AccessTokenClaims): string;
  /** The claims of a well-signed, unexpired token, or the reason it was refused. */
  verify(
    token: string,
    nowSeconds: number,
  ): { ok: true; claims: AccessTokenClaims } | { ok: false; failure: JwtFailure };
}

const HEADER = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));

/**
 * HS256 JSON Web Tokens signed with one secret. Hand-written on node:crypto because the
 * demo server only ever reads tokens it issued itself: no key sets, no other algorithms.
 */
export function createHs256Jwt(secret: Buffer): Hs256Jwt {
  const mac = (input: string) => createHmac("sha256", secret).update(input).digest();
  return {
    sign(claims) {
      const unsigned = `${HEADER}.${base64url(JSON.stringify(claims))}`;
      return `${unsigned}.${mac(unsigned).toString("base64url")}`;
    },
    verify(token, nowSeconds) {
      const parts = token.split(".");
      if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, failure: "malformed" };
      const given = Buffer.from(parts[2], "base64url");
      const expected = mac(`${parts[0]}.${parts[1]}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, failure: "signature" };
      }
      let claims: AccessTokenClaims;
      try {
        claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
      } catch {
        return { ok: false, failure: "malformed" };
      }
      if (typeof claims.exp !== "number" || nowSeconds >= claims.exp)
        return { ok: false, failure: "expired" };
      return { ok: true, claims };
    },
  };
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}
