import type { Db } from "../db/openDatabase";
import { ApiError, gone } from "../errors";
import type { InvitationWithWorkspace } from "./invitationRows";
import { hashInvitationToken } from "./invitationToken";

/**
 * The invitation a link's token names, if it can still be accepted. Otherwise throws the
 * reason, each with its own code so the page can say what happened: 404 invitation_not_found,
 * 410 invitation_used, invitation_revoked or invitation_expired.
 */
export function findOpenInvitation(db: Db, token: string, now = new Date()): InvitationWithWorkspace {
  const row = db
    .prepare(
      `SELECT i.*, w.name AS workspace_name FROM invitations i JOIN workspaces w ON w.id = i.workspace_id
       WHERE i.token_hash = ?`,
    )
    .get(hashInvitationToken(token)) as InvitationWithWorkspace | undefined;
  if (!row) {
    throw new ApiError(
      404,
      "invitation_not_found",
      "This invitation link is not valid: check it was copied whole",
    );
  }
  // Used before revoked before expired: a used link says so even once it is old.
  if (row.accepted_at) throw gone("invitation_used", "This invitation link was already used");
  if (row.revoked_at) {
    throw gone("invitation_revoked", "This invitation was withdrawn: ask a workspace admin for a new one");
  }
  if (Date.parse(row.expires_at) <= now.getTime()) {
    throw gone("invitation_expired", "This invitation link has expired: ask a workspace admin for a new one");
  }
  return row;
}
