import type { Role } from "@tessera/model";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";
import type { InvitationRow } from "../invitations/invitationRows";
import { hashInvitationToken, newInvitationToken } from "../invitations/invitationToken";
import type { MemberRow } from "../presenters/presentMember";

/** What inviting one email did; `token` is the raw link token, returned only here. */
export type CreatedInvitation =
  | { outcome: "added"; email: string; member: MemberRow }
  | { outcome: "invited"; email: string; invitation: InvitationRow; token: string };

/**
 * Invites emails into a workspace with a role, in one transaction. Every email is checked
 * before anything is written: one that is already a member refuses the whole request (409
 * already_member, naming it by its index in the body). An existing account joins at once; a
 * new email gets a one-time token. Either way a pending invitation for the email is revoked.
 * `emails` must be normalised (the body's email schema lower-cases them); repeats count once.
 */
export function invitationCreator(
  db: Db,
  input: { workspaceId: string; emails: string[]; role: Role; createdBy: string; ttlMs: number; now?: Date },
): CreatedInvitation[] {
  const now = input.now ?? new Date();
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + input.ttlMs).toISOString();
  const findUser = db.prepare("SELECT id FROM users WHERE email = ?");
  const isMember = db.prepare("SELECT 1 FROM members WHERE workspace_id = ? AND user_id = ?");

  return db.transaction(() => {
    const targets: { email: string; userId: string | null }[] = [];
    const seen = new Set<string>();
    input.emails.forEach((email, index) => {
      if (seen.has(email)) return;
      seen.add(email);
      const user = findUser.get(email) as { id: string } | undefined;
      if (user && isMember.get(input.workspaceId, user.id)) {
        throw conflict("already_member", `${email} is already a member of this workspace`, {
          path: `body.emails.${index}`,
        });
      }
      targets.push({ email, userId: user?.id ?? null });
    });

    const revokePending = db.prepare(
      `UPDATE invitations SET revoked_at = ?
       WHERE workspace_id = ? AND email = ? AND accepted_at IS NULL AND revoked_at IS NULL`,
    );
    return targets.map(({ email, userId }): CreatedInvitation => {
      // One live link per email: inviting again (another role, a lost mail) voids the old one,
      // and so does joining at once (the account was made after the first invitation).
      revokePending.run(createdAt, input.workspaceId, email);
      if (userId) {
        db.prepare("INSERT INTO members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)").run(
          input.workspaceId,
          userId,
          input.role,
          createdAt,
        );
        const member = db
          .prepare(
            `SELECT m.user_id, u.email, u.name, m.role, m.created_at FROM members m JOIN users u ON u.id = m.user_id
             WHERE m.workspace_id = ? AND m.user_id = ?`,
          )
          .get(input.workspaceId, userId) as MemberRow;
        return { outcome: "added", email, member };
      }
      const token = newInvitationToken();
      const invitation: InvitationRow = {
        id: newId(),
        workspace_id: input.workspaceId,
        email,
        role: input.role,
        token_hash: hashInvitationToken(token),
        created_by: input.createdBy,
        created_at: createdAt,
        expires_at: expiresAt,
        accepted_at: null,
        revoked_at: null,
        accepted_by: null,
      };
      db.prepare(
        `INSERT INTO invitations (id, workspace_id, email, role, token_hash, created_by, created_at, expires_at,
           accepted_at, revoked_at, accepted_by)
         VALUES (@id, @workspace_id, @email, @role, @token_hash, @created_by, @created_at, @expires_at,
           @accepted_at, @revoked_at, @accepted_by)`,
      ).run(invitation);
      return { outcome: "invited", email, invitation, token };
    });
  })();
}
