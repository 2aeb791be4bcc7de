import type { Role } from "@tessera/model";

/** An `invitations` row as stored. */
export interface InvitationRow {
  id: string;
  workspace_id: string;
  email: string;
  role: Role;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  accepted_by: string | null;
}

/** An invitation with the name of its workspace, as the link's preview needs it. */
export interface InvitationWithWorkspace extends InvitationRow {
  workspace_name: string;
}
