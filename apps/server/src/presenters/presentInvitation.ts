import type { Invitation } from "@tessera/model";
import type { InvitationRecord } from "../store/repositories/invitations";

/** A pending invitation as an admin sees it: never the token or its hash. */
export function presentInvitation(invitation: InvitationRecord): Invitation {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}
