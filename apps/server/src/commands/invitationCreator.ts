import type { Role } from "@tessera/model";
import { conflict } from "../errors";
import { hashInvitationToken, newInvitationToken } from "../invitations/invitationToken";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { InvitationRecord } from "../store/repositories/invitations";
import type { MemberRecord } from "../store/repositories/workspaces";
import type { Repositories, Store } from "../store/Store";

/** What inviting one email did; `token` is the raw link token, returned only here. */
export type CreatedInvitation =
  | { outcome: "added"; email: string; member: MemberRecord }
  | { outcome: "invited"; email: string; invitation: InvitationRecord; token: string };

/**
 * Invites emails into a workspace with a role, in one transaction. Every email is checked
 * before anything is written: one that is already a member refuses the whole request (409
 * already_member, naming it by its index in the body). An existing account joins at once; a
 * new email gets a one-time token. Either way a pending invitation for the email is revoked.
 * `emails` must be normalised (the body's email schema lower-cases them); repeats count once.
 */
export function invitationCreator(
  repos: Store | Repositories,
  input: { workspaceId: string; emails: string[]; role: Role; createdBy: string; ttlMs: number; now?: Date },
): Promise<CreatedInvitation[]> {
  const now = input.now ?? new Date();
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + input.ttlMs).toISOString();

  return inTransaction(repos, async (tx) => {
    // Two admins inviting one email at once must not both find it no member and both add it.
    await tx.locks.lockRow("workspaces", input.workspaceId);
    const targets: { email: string; userId: string | null }[] = [];
    const seen = new Set<string>();
    for (const [index, email] of input.emails.entries()) {
      if (seen.has(email)) continue;
      seen.add(email);
      const userId = await tx.users.findIdByEmail(email);
      if (userId && (await tx.workspaces.findRole(input.workspaceId, userId))) {
        throw conflict("already_member", `${email} is already a member of this workspace`, {
          path: `body.emails.${index}`,
        });
      }
      targets.push({ email, userId: userId ?? null });
    }

    const created: CreatedInvitation[] = [];
    for (const { email, userId } of targets) {
      // One live link per email: inviting again (another role, a lost mail) voids the old one,
      // and so does joining at once (the account was made after the first invitation).
      await tx.invitations.revokePendingForEmail(input.workspaceId, email, createdAt);
      if (userId) {
        await tx.workspaces.addMember({
          workspaceId: input.workspaceId,
          userId,
          role: input.role,
          createdAt,
        });
        const member = await tx.workspaces.findMember(input.workspaceId, userId);
        created.push({ outcome: "added", email, member: member! });
        continue;
      }
      const token = newInvitationToken();
      const invitation: InvitationRecord = {
        id: newId(),
        workspaceId: input.workspaceId,
        email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        createdBy: input.createdBy,
        createdAt,
        expiresAt,
        acceptedAt: null,
        revokedAt: null,
        acceptedBy: null,
      };
      await tx.invitations.insert(invitation);
      created.push({ outcome: "invited", email, invitation, token });
    }
    return created;
  });
}
