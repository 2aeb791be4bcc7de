import {
  acceptInvitationBodySchema,
  idSchema,
  invitationPreviewSchema,
  invitationSchema,
  inviteBodySchema,
  inviteOutcomeSchema,
  userSchema,
} from "@tessera/model";
import type { Request } from "express";
import { z } from "zod";
import { hashPassword } from "../../auth/passwordHasher";
import { setSessionCookie } from "../../auth/sessionCookie";
import { createSession } from "../../auth/sessionStore";
import { type InvitationAccount, invitationAccepter } from "../../commands/invitationAccepter";
import { invitationCreator } from "../../commands/invitationCreator";
import type { ServerConfig } from "../../config/loadConfig";
import { notFound } from "../../errors";
import { assertNoAccount } from "../../invitations/assertNoAccount";
import { findOpenInvitation } from "../../invitations/findOpenInvitation";
import { presentInvitation } from "../../presenters/presentInvitation";
import { presentInvitationPreview } from "../../presenters/presentInvitationPreview";
import { presentMember } from "../../presenters/presentMember";
import { presentUser } from "../../presenters/presentUser";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { parseOrThrow, route } from "../../registry/route";
import { workspaceParams } from "../routeParams";

const invitationParams = z.object({ workspaceId: idSchema, invitationId: idSchema });
// Not a strict token schema: a malformed token is simply an unknown link (404), not a client error.
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/**
 * Where the invitation page lives: the web app's `/invite/<token>` on the configured public
 * origin (PUBLIC_URL), else on the origin the admin's request came to.
 */
function invitationLink(req: Request, config: ServerConfig, token: string): string {
  // ServerConfig gains `publicUrl` (an origin) with the host policy; until both are merged it
  // is read loosely here, and this becomes `config.publicUrl` then.
  const publicUrl = (config as Partial<{ publicUrl: string }>).publicUrl;
  return `${publicUrl ?? `${req.protocol}://${req.get("host")}`}/invite/${token}`;
}

/** Invitations into a workspace: admins send and revoke them, the link's holder previews and accepts. */
export function invitationRoutes(api: ApiRegistry): void {
  const { store, config } = api.context;

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/invitations",
    summary:
      "Invite emails with a role: existing accounts join at once, new emails get a one-time link (409 already_member)",
    tags: ["invitations"],
    auth: "member:admin",
    params: workspaceParams,
    body: inviteBodySchema,
    status: 201,
    response: z.object({ results: z.array(inviteOutcomeSchema) }),
    handler: async ({ req, params, body, user }) => {
      const created = await invitationCreator(store, {
        workspaceId: params.workspaceId,
        emails: body.emails,
        role: body.role,
        createdBy: user.id,
        ttlMs: config.invitationTtlMs,
      });
      return {
        results: created.map((result) =>
          result.outcome === "added"
            ? { outcome: "added" as const, email: result.email, member: presentMember(result.member) }
            : {
                outcome: "invited" as const,
                email: result.email,
                invitation: presentInvitation(result.invitation),
                link: invitationLink(req, config, result.token),
              },
        ),
      };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/invitations",
    summary: "The pending invitations of a workspace (not accepted, revoked or expired), newest first",
    tags: ["invitations"],
    auth: "member:admin",
    params: workspaceParams,
    response: z.object({ invitations: z.array(invitationSchema) }),
    handler: async ({ params }) => {
      const pending = await store.invitations.listPending(params.workspaceId, new Date().toISOString());
      return { invitations: pending.map(presentInvitation) };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/workspaces/:workspaceId/invitations/:invitationId",
    summary: "Revoke a pending invitation: its link stops working",
    tags: ["invitations"],
    auth: "member:admin",
    params: invitationParams,
    status: 204,
    handler: async ({ params }) => {
      const revoked = await store.invitations.revoke(
        params.workspaceId,
        params.invitationId,
        new Date().toISOString(),
      );
      if (!revoked) throw notFound("Invitation");
      return undefined;
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/invitations/:token",
    summary:
      "What an invitation link offers; 404 invitation_not_found, 410 invitation_used, invitation_revoked or invitation_expired",
    tags: ["invitations"],
    auth: "public",
    params: tokenParams,
    response: z.object({ invitation: invitationPreviewSchema }),
    handler: async ({ params }) => ({
      invitation: presentInvitationPreview(await findOpenInvitation(store, params.token)),
    }),
  });

  route(api, {
    method: "post",
    path: "/api/v1/invitations/:token/accept",
    summary:
      "Accept an invitation: creates the account (name, password) and signs in, or joins at once when signed in as the invited email; 409 account_exists",
    tags: ["invitations"],
    auth: "public",
    params: tokenParams,
    // Optional: someone signed in as the invited email joins without one.
    body: acceptInvitationBodySchema.partial().optional(),
    status: 201,
    response: z.object({ user: userSchema, workspaceId: z.string() }),
    handler: async ({ req, res, params, body, user }) => {
      // Checked before hashing so a dead link or an existing account answers at once; the
      // command checks both again in its transaction.
      const invitation = await findOpenInvitation(store, params.token);
      let account: InvitationAccount;
      if (user && user.email === invitation.email) {
        account = { userId: user.id };
      } else {
        await assertNoAccount(store, invitation.email).catch(async (error) => {
          // The account may be this very link's, accepted a moment ago by another request:
          // then the link's state is the answer (410 used), not the account.
          await findOpenInvitation(store, params.token);
          throw error;
        });
        const fields = parseOrThrow(acceptInvitationBodySchema, body ?? {}, "body") as z.infer<
          typeof acceptInvitationBodySchema
        >;
        account = {
          name: fields.name,
          passwordHash: await hashPassword(fields.password, config.passwordHashCost),
        };
      }
      // The new account's session commits with it: no account is left that nobody signed in to.
      const accepted = await store.transaction(async (tx) => {
        const result = await invitationAccepter(tx, { token: params.token, account });
        const session =
          "userId" in account ? null : await createSession(tx, result.user.id, config.sessionTtlMs);
        return { ...result, session };
      });
      if (accepted.session) setSessionCookie(req, res, accepted.session.token, accepted.session.expiresAt);
      return { user: presentUser(accepted.user), workspaceId: accepted.workspaceId };
    },
  });
}
