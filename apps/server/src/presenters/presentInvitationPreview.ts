import type { InvitationPreview } from "@tessera/model";
import type { InvitationWithWorkspace } from "../invitations/invitationRows";

/** What an invitation link offers, shown to whoever holds the link before accepting it. */
export function presentInvitationPreview(row: InvitationWithWorkspace): InvitationPreview {
  return {
    email: row.email,
    role: row.role,
    workspaceId: row.workspace_id,
    workspaceName: row.workspace_name,
    expiresAt: row.expires_at,
  };
}
