import {
  idSchema,
  inviteMemberBodySchema,
  memberSchema,
  roleSchema,
  workspaceBodySchema,
  workspaceSchema,
} from "@tessera/model";
import { z } from "zod";
import { workspaceCreator } from "../../commands/workspaceCreator";
import { conflict, notFound } from "../../errors";
import { presentMember } from "../../presenters/presentMember";
import { presentWorkspace } from "../../presenters/presentWorkspace";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { workspaceParams } from "../routeParams";

const memberParams = z.object({ workspaceId: idSchema, userId: idSchema });
const memberUpdateBody = z.object({ role: roleSchema });
const workspaceResponse = z.object({ workspace: workspaceSchema });
const memberResponse = z.object({ member: memberSchema });

/** The refusal to leave a workspace without an admin, with what to do instead. */
const lastAdmin = () =>
  conflict("last_admin", "A workspace needs at least one admin: make someone else admin first");

/** Workspaces and their members. */
export function workspaceRoutes(api: ApiRegistry): void {
  const { store } = api.context;

  route(api, {
    method: "get",
    path: "/api/v1/workspaces",
    summary: "The workspaces the caller is a member of",
    auth: "user",
    response: z.object({ workspaces: z.array(workspaceSchema) }),
    handler: async ({ user }) => {
      const workspaces = await store.workspaces.listForUser(user.id);
      return { workspaces: workspaces.map((workspace) => presentWorkspace(workspace, workspace.role)) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces",
    summary: "Create a workspace; the caller becomes its admin",
    auth: "user",
    body: workspaceBodySchema,
    status: 201,
    response: workspaceResponse,
    handler: async ({ user, body }) => ({
      workspace: presentWorkspace(
        await workspaceCreator(store, { name: body.name, userId: user.id }),
        "admin",
      ),
    }),
  });

  route(api, {
    method: "patch",
    path: "/api/v1/workspaces/:workspaceId",
    summary: "Rename a workspace",
    auth: "member:admin",
    params: workspaceParams,
    body: workspaceBodySchema,
    response: workspaceResponse,
    handler: async ({ params, body, membership }) => {
      await store.workspaces.rename(params.workspaceId, body.name, new Date().toISOString());
      return { workspace: presentWorkspace({ id: params.workspaceId, name: body.name }, membership.role) };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/workspaces/:workspaceId",
    summary: "Delete a workspace with everything in it",
    auth: "member:admin",
    params: workspaceParams,
    status: 204,
    handler: async ({ params }) => {
      await store.workspaces.delete(params.workspaceId);
      return undefined;
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/members",
    summary: "The members of a workspace",
    auth: "member:viewer",
    params: workspaceParams,
    response: z.object({ members: z.array(memberSchema) }),
    handler: async ({ params }) => ({
      members: (await store.workspaces.listMembers(params.workspaceId)).map(presentMember),
    }),
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/members",
    summary: "Add an existing user to a workspace by email",
    auth: "member:admin",
    params: workspaceParams,
    body: inviteMemberBodySchema,
    status: 201,
    response: memberResponse,
    handler: async ({ params, body }) => {
      const userId = await store.users.findIdByEmail(body.email);
      if (!userId) throw notFound("User");
      const member = await store.transaction(async (tx) => {
        if (await tx.workspaces.findMember(params.workspaceId, userId)) {
          throw conflict("already_member", "This user is already a member", { path: "body.email" });
        }
        await tx.workspaces.addMember({
          workspaceId: params.workspaceId,
          userId,
          role: body.role,
          createdAt: new Date().toISOString(),
        });
        return tx.workspaces.findMember(params.workspaceId, userId);
      });
      return { member: presentMember(member!) };
    },
  });

  route(api, {
    method: "patch",
    path: "/api/v1/workspaces/:workspaceId/members/:userId",
    summary: "Change a member's role",
    auth: "member:admin",
    params: memberParams,
    body: memberUpdateBody,
    response: memberResponse,
    handler: ({ params, body }) =>
      store.transaction(async (tx) => {
        // Two admins demoting each other at once must not both pass the last-admin check.
        await tx.locks.lockRow("workspaces", params.workspaceId);
        const member = await tx.workspaces.findMember(params.workspaceId, params.userId);
        if (!member) throw notFound("Member");
        if (
          member.role === "admin" &&
          body.role !== "admin" &&
          (await tx.workspaces.countAdmins(params.workspaceId)) === 1
        ) {
          throw lastAdmin();
        }
        await tx.workspaces.setMemberRole(params.workspaceId, params.userId, body.role);
        return { member: presentMember({ ...member, role: body.role }) };
      }),
  });

  route(api, {
    method: "delete",
    path: "/api/v1/workspaces/:workspaceId/members/:userId",
    summary: "Remove a member",
    auth: "member:admin",
    params: memberParams,
    status: 204,
    handler: ({ params }) =>
      store.transaction(async (tx) => {
        await tx.locks.lockRow("workspaces", params.workspaceId);
        const member = await tx.workspaces.findMember(params.workspaceId, params.userId);
        if (!member) throw notFound("Member");
        if (member.role === "admin" && (await tx.workspaces.countAdmins(params.workspaceId)) === 1) {
          throw lastAdmin();
        }
        await tx.workspaces.removeMember(params.workspaceId, params.userId);
        return undefined;
      }),
  });
}
