import type { InvitationPreview } from "@tessera/model";
import type { InvitationWithWorkspace } from "../store/repositories/invitations";

/** What an invitation link offers, shown to whoever holds the link before accepting it. */
export function presentInvitationPreview(invitation: InvitationWithWorkspace): InvitationPreview {
  return {
    email: invitation.email,
    role: invitation.role,
    workspaceId: invitation.workspaceId,
    workspaceName: invitation.workspaceName,
    expiresAt: invitation.expiresAt,
  };
}
