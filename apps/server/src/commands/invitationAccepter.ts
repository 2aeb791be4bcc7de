import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { forbidden } from "../errors";
import { assertNoAccount } from "../invitations/assertNoAccount";
import { findOpenInvitation } from "../invitations/findOpenInvitation";
import type { UserRow } from "../presenters/presentUser";

/** Who accepts: the signed-in account of the invited email, or a new account for it. */
export type InvitationAccount = { userId: string } | { name: string; passwordHash: string };

/**
 * Accepts an invitation in one transaction: creates the account when asked (with the
 * invitation's email, whether or not self sign-up is open), adds the member with the invited
 * role and marks the invitation used. The token's state is read again here, inside the
 * transaction: the caller hashed the password in between, and the link may have been used,
 * revoked or may have expired meanwhile.
 */
export function invitationAccepter(
  db: Db,
  input: { token: string; account: InvitationAccount; now?: Date },
): { user: UserRow; workspaceId: string } {
  const now = input.now ?? new Date();
  return db.transaction(() => {
    const invitation = findOpenInvitation(db, input.token, now);
    const at = now.toISOString();
    let user: UserRow;
    if ("userId" in input.account) {
      user = db.prepare("SELECT * FROM users WHERE id = ?").get(input.account.userId) as UserRow;
      if (user.email !== invitation.email) {
        throw forbidden(`This invitation is for ${invitation.email}`, "invitation_for_another_email");
      }
    } else {
      assertNoAccount(db, invitation.email);
      user = {
        id: newId(),
        email: invitation.email,
        name: input.account.name,
        password_hash: input.account.passwordHash,
        is_instance_admin: 0,
        created_at: at,
      };
      db.prepare(
        `INSERT INTO users (id, email, name, password_hash, is_instance_admin, created_at)
         VALUES (@id, @email, @name, @password_hash, @is_instance_admin, @created_at)`,
      ).run(user);
    }
    // Someone added meanwhile (by an admin, by another link) keeps the role they have.
    db.prepare(
      "INSERT OR IGNORE INTO members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)",
    ).run(invitation.workspace_id, user.id, invitation.role, at);
    db.prepare("UPDATE invitations SET accepted_at = ?, accepted_by = ? WHERE id = ?").run(
      at,
      user.id,
      invitation.id,
    );
    return { user, workspaceId: invitation.workspace_id };
  })();
}
