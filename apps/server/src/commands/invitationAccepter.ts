import { forbidden } from "../errors";
import { assertNoAccount } from "../invitations/assertNoAccount";
import { findOpenInvitation } from "../invitations/findOpenInvitation";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { UserRecord } from "../store/repositories/users";
import type { Repositories, Store } from "../store/Store";

/** Who accepts: the signed-in account of the invited email, or a new account for it. */
export type InvitationAccount = { userId: string } | { name: string; passwordHash: string };

/**
 * Accepts an invitation in one transaction: creates the account when asked (with the
 * invitation's email, whether or not self sign-up is open), adds the member with the invited
 * role and marks the invitation used. The token's state is read again here, under a lock on
 * the invitation: the caller hashed the password in between, and the link may have been
 * used, revoked or may have expired meanwhile, or be accepted at this moment elsewhere.
 */
export function invitationAccepter(
  repos: Store | Repositories,
  input: { token: string; account: InvitationAccount; now?: Date },
): Promise<{ user: UserRecord; workspaceId: string }> {
  const now = input.now ?? new Date();
  return inTransaction(repos, async (tx) => {
    const { id } = await findOpenInvitation(tx, input.token, now);
    await tx.locks.lockRow("invitations", id);
    // Read again under the lock: a concurrent accept committed by now is seen as used.
    const invitation = await findOpenInvitation(tx, input.token, now);
    const at = now.toISOString();
    let user: UserRecord;
    if ("userId" in input.account) {
      const found = await tx.users.findById(input.account.userId);
      if (!found || found.email !== invitation.email) {
        throw forbidden(`This invitation is for ${invitation.email}`, "invitation_for_another_email");
      }
      user = found;
    } else {
      // Waits for a concurrent creation of this email, which then answers 409, not a key error.
      await tx.users.lockCreation();
      await assertNoAccount(tx, invitation.email);
      user = {
        id: newId(),
        email: invitation.email,
        name: input.account.name,
        passwordHash: input.account.passwordHash,
        isInstanceAdmin: false,
        createdAt: at,
      };
      await tx.users.insert(user);
    }
    // Someone added meanwhile (by an admin, by another link) keeps the role they have.
    await tx.workspaces.addMemberUnlessPresent({
      workspaceId: invitation.workspaceId,
      userId: user.id,
      role: invitation.role,
      createdAt: at,
    });
    await tx.invitations.markAccepted(invitation.id, user.id, at);
    return { user, workspaceId: invitation.workspaceId };
  });
}
