import type { Role } from "@tessera/model";
import type { RepositoryContext } from "../Store";

/**
 * An invitation as stored: only the sha256 of its token is kept. Pending until accepted,
 * revoked or past `expiresAt` (ISO, as every timestamp here).
 */
export interface InvitationRecord {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  tokenHash: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  acceptedBy: string | null;
}

/** An invitation with the name of its workspace, as the link's preview needs it. */
export interface InvitationWithWorkspace extends InvitationRecord {
  workspaceName: string;
}

/** Invitations: one-time links to join a workspace (`invitations`). */
export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;

/** Invitations: one-time links to join a workspace (`invitations`). */
export function createInvitationsRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const invitationColumns = [
    "i.id",
    "i.workspace_id as workspaceId",
    "i.email",
    "i.role",
    "i.token_hash as tokenHash",
    "i.created_by as createdBy",
    "i.created_at as createdAt",
    "i.expires_at as expiresAt",
    "i.accepted_at as acceptedAt",
    "i.revoked_at as revokedAt",
    "i.accepted_by as acceptedBy",
  ] as const;

  return {
    async insert(invitation: InvitationRecord): Promise<void> {
      await db
        .insertInto("invitations")
        .values({
          id: invitation.id,
          workspace_id: invitation.workspaceId,
          email: invitation.email,
          role: invitation.role,
          token_hash: invitation.tokenHash,
          created_by: invitation.createdBy,
          created_at: invitation.createdAt,
          expires_at: invitation.expiresAt,
          accepted_at: invitation.acceptedAt,
          revoked_at: invitation.revokedAt,
          accepted_by: invitation.acceptedBy,
        })
        .execute();
    },

    /** The invitation a link's token hash names, with its workspace's name, whatever its state. */
    findByTokenHash(tokenHash: string): Promise<InvitationWithWorkspace | undefined> {
      return db
        .selectFrom("invitations as i")
        .innerJoin("workspaces as w", "w.id", "i.workspace_id")
        .select([...invitationColumns, "w.name as workspaceName"])
        .where("i.token_hash", "=", tokenHash)
        .executeTakeFirst();
    },

    /** The workspace's pending invitations at `now` (ISO): newest first, then by email. */
    listPending(workspaceId: string, now: string): Promise<InvitationRecord[]> {
      return db
        .selectFrom("invitations as i")
        .select(invitationColumns)
        .where("i.workspace_id", "=", workspaceId)
        .where("i.accepted_at", "is", null)
        .where("i.revoked_at", "is", null)
        .where("i.expires_at", ">", now)
        .orderBy("i.created_at", "desc")
        .orderBy("i.email")
        .execute();
    },

    /** Every invitation ever sent to `email` in the workspace, whatever its state, oldest first. */
    listForEmail(workspaceId: string, email: string): Promise<InvitationRecord[]> {
      return db
        .selectFrom("invitations as i")
        .select(invitationColumns)
        .where("i.workspace_id", "=", workspaceId)
        .where("i.email", "=", email)
        .orderBy("i.created_at")
        .execute();
    },

    /** Revokes a not yet accepted or revoked invitation; false when there is none such. */
    async revoke(workspaceId: string, id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable("invitations")
        .set({ revoked_at: at })
        .where("id", "=", id)
        .where("workspace_id", "=", workspaceId)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Revokes the email's not yet accepted invitations to the workspace (expired ones included). */
    async revokePendingForEmail(workspaceId: string, email: string, at: string): Promise<void> {
      await db
        .updateTable("invitations")
        .set({ revoked_at: at })
        .where("workspace_id", "=", workspaceId)
        .where("email", "=", email)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .execute();
    },

    async markAccepted(id: string, userId: string, at: string): Promise<void> {
      await db
        .updateTable("invitations")
        .set({ accepted_at: at, accepted_by: userId })
        .where("id", "=", id)
        .execute();
    },
  };
}
