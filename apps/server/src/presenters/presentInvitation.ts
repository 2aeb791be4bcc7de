import type { Invitation } from "@tessera/model";
import type { InvitationRow } from "../invitations/invitationRows";

/** A pending invitation as an admin sees it: never the token or its hash. */
export function presentInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
