import { queryOptions } from "@tanstack/react-query";
import type {
  AcceptInvitationBody,
  Invitation,
  InvitationPreview,
  InviteBody,
  InviteOutcome,
  User,
} from "@tessera/model";
import { apiFetch } from "./client";

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/invitations`;

/** A workspace's pending invitations (admins only); the links themselves are shown once. */
export const invitationsQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: ["workspaces", workspaceId, "invitations"],
    queryFn: async ({ signal }) =>
      (await apiFetch<{ invitations: Invitation[] }>(base(workspaceId), { signal })).invitations,
  });

/**
 * Invites emails with one role: existing accounts join at once, new emails get a one-time
 * link. All or nothing: an invalid email (400 `body.emails.N`) or a member (409) writes nothing.
 */
export async function inviteMembers(workspaceId: string, body: InviteBody): Promise<InviteOutcome[]> {
  const { results } = await apiFetch<{ results: InviteOutcome[] }>(base(workspaceId), {
    method: "POST",
    body,
  });
  return results;
}

/** Revokes a pending invitation: its link stops working. */
export async function revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
  await apiFetch(`${base(workspaceId)}/${encodeURIComponent(invitationId)}`, { method: "DELETE" });
}

const tokenPath = (token: string) => `/api/v1/invitations/${encodeURIComponent(token)}`;

/**
 * What an invitation link offers (public: the invited person has no account yet). A used,
 * expired or revoked link answers 410 with a message that says which.
 */
export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ["invitation", token],
    queryFn: async ({ signal }) =>
      (await apiFetch<{ invitation: InvitationPreview }>(tokenPath(token), { signal })).invitation,
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * Creates the invited account and signs it in (the answer sets the session cookie). Someone
 * signed in as the invited email sends no body: they join with the account they have.
 */
export async function acceptInvitation(
  token: string,
  body: AcceptInvitationBody | Record<string, never>,
): Promise<{ user: User; workspaceId: string }> {
  return apiFetch(`${tokenPath(token)}/accept`, { method: "POST", body });
}
