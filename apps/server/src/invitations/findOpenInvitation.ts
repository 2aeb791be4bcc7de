import { ApiError, gone } from "../errors";
import type { InvitationWithWorkspace } from "../store/repositories/invitations";
import type { Repositories } from "../store/Store";
import { hashInvitationToken } from "./invitationToken";

/**
 * The invitation a link's token names, if it can still be accepted. Otherwise throws the
 * reason, each with its own code so the page can say what happened: 404 invitation_not_found,
 * 410 invitation_used, invitation_revoked or invitation_expired.
 */
export async function findOpenInvitation(
  repos: Repositories,
  token: string,
  now = new Date(),
): Promise<InvitationWithWorkspace> {
  const invitation = await repos.invitations.findByTokenHash(hashInvitationToken(token));
  if (!invitation) {
    throw new ApiError(
      404,
      "invitation_not_found",
      "This invitation link is not valid: check it was copied whole",
    );
  }
  // Used before revoked before expired: a used link says so even once it is old.
  if (invitation.acceptedAt) throw gone("invitation_used", "This invitation link was already used");
  if (invitation.revokedAt) {
    throw gone("invitation_revoked", "This invitation was withdrawn: ask a workspace admin for a new one");
  }
  if (Date.parse(invitation.expiresAt) <= now.getTime()) {
    throw gone("invitation_expired", "This invitation link has expired: ask a workspace admin for a new one");
  }
  return invitation;
}
