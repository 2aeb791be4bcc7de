import { z } from "zod";
import { emailSchema } from "./auth";
import { displayNameSchema } from "./identifier";

export const roleSchema = z.enum(["admin", "developer", "viewer"]);
export type Role = z.infer<typeof roleSchema>;

export const workspaceBodySchema = z.object({ name: displayNameSchema });
export type WorkspaceBody = z.infer<typeof workspaceBodySchema>;

export const inviteMemberBodySchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteMemberBody = z.infer<typeof inviteMemberBodySchema>;

export const workspaceSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  /** When the user joined the workspace (ISO 8601). */
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

/**
 * `POST /api/v1/workspaces/:workspaceId/invitations`: one or more emails and the role they
 * get. Every email is checked before anything is written: an invalid one or one already a
 * member refuses the whole request, naming it.
 */
export const inviteBodySchema = z.object({
  emails: z.array(emailSchema).min(1, "must list at least one email").max(50),
  role: roleSchema,
});
export type InviteBody = z.infer<typeof inviteBodySchema>;

/** A pending invitation as an admin sees it (the token itself is shown once, at creation). */
export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * What inviting one email did: an existing account joined at once (`added`), or a new email
 * got a one-time link (`invited`; `link` is the only time the token leaves the server).
 */
export const inviteOutcomeSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("added"), email: z.string(), member: memberSchema }),
  z.object({
    outcome: z.literal("invited"),
    email: z.string(),
    invitation: invitationSchema,
    link: z.string(),
  }),
]);
export type InviteOutcome = z.infer<typeof inviteOutcomeSchema>;

/** `GET /api/v1/invitations/:token` (public): what the link offers, before accepting it. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  role: roleSchema,
  workspaceId: z.string(),
  workspaceName: z.string(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** `POST /api/v1/invitations/:token/accept`: the new account's name and password. */
export const acceptInvitationBodySchema = z.object({
  name: displayNameSchema,
  password: z.string().min(8, "must be at least 8 characters").max(256),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;
