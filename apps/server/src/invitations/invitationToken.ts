import { createHash, randomBytes } from "node:crypto";

/** A new invitation token: 32 random bytes, base64url, so it fits a link as it is. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Invitation tokens are stored as sha256 digests, so a leaked database holds no usable link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
