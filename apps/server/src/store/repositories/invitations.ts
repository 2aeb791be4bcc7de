import type { RepositoryContext } from "../Store";

/** Invitations: one-time links to join a workspace (`invitations`). */
export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;

/** Invitations: one-time links to join a workspace (`invitations`). */
export function createInvitationsRepository(_ctx: RepositoryContext) {
  return {};
}
