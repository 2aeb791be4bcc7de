import {
  idSchema,
  inviteMemberBodySchema,
  memberSchema,
  type Role,
  roleSchema,
  workspaceBodySchema,
  workspaceSchema,
} from "@tessera/model";
import { z } from "zod";
import { workspaceCreator } from "../../commands/workspaceCreator";
import { conflict, notFound } from "../../errors";
import { type MemberRow, presentMember } from "../../presenters/presentMember";
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
  const { db } = api.context;

  const findMember = (workspaceId: string, userId: string) =>
    db
      .prepare(
        `SELECT m.user_id, u.email, u.name, m.role, m.created_at FROM members m JOIN users u ON u.id = m.user_id
         WHERE m.workspace_id = ? AND m.user_id = ?`,
      )
      .get(workspaceId, userId) as MemberRow | undefined;

  const adminCount = (workspaceId: string) =>
    (
      db
        .prepare("SELECT COUNT(*) AS n FROM members WHERE workspace_id = ? AND role = 'admin'")
        .get(workspaceId) as {
        n: number;
      }
    ).n;

  route(api, {
    method: "get",
    path: "/api/v1/workspaces",
    summary: "The workspaces the caller is a member of",
    auth: "user",
    response: z.object({ workspaces: z.array(workspaceSchema) }),
    handler: ({ user }) => {
      const rows = db
        .prepare(
          `SELECT w.id, w.name, m.role FROM workspaces w JOIN members m ON m.workspace_id = w.id
           WHERE m.user_id = ? ORDER BY w.name COLLATE NOCASE, w.created_at`,
        )
        .all(user.id) as { id: string; name: string; role: Role }[];
      return { workspaces: rows.map((row) => presentWorkspace(row, row.role)) };
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
    handler: ({ user, body }) => ({
      workspace: presentWorkspace(workspaceCreator(db, { name: body.name, userId: user.id }), "admin"),
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
    handler: ({ params, body, membership }) => {
      db.prepare("UPDATE workspaces SET name = ?, updated_at = ? WHERE id = ?").run(
        body.name,
        new Date().toISOString(),
        params.workspaceId,
      );
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
    handler: ({ params }) => {
      // Members, datasources, packages, apps and deployments go with it (ON DELETE CASCADE).
      db.prepare("DELETE FROM workspaces WHERE id = ?").run(params.workspaceId);
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
    handler: ({ params }) => {
      const rows = db
        .prepare(
          `SELECT m.user_id, u.email, u.name, m.role, m.created_at FROM members m JOIN users u ON u.id = m.user_id
           WHERE m.workspace_id = ? ORDER BY m.created_at, u.email`,
        )
        .all(params.workspaceId) as MemberRow[];
      return { members: rows.map(presentMember) };
    },
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
    handler: ({ params, body }) => {
      const user = db.prepare("SELECT id FROM users WHERE email = ?").get(body.email) as
        | { id: string }
        | undefined;
      if (!user) throw notFound("User");
      if (findMember(params.workspaceId, user.id)) {
        throw conflict("already_member", "This user is already a member", { path: "body.email" });
      }
      db.prepare("INSERT INTO members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)").run(
        params.workspaceId,
        user.id,
        body.role,
        new Date().toISOString(),
      );
      return { member: presentMember(findMember(params.workspaceId, user.id)!) };
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
      db.transaction(() => {
        const member = findMember(params.workspaceId, params.userId);
        if (!member) throw notFound("Member");
        if (member.role === "admin" && body.role !== "admin" && adminCount(params.workspaceId) === 1) {
          throw lastAdmin();
        }
        db.prepare("UPDATE members SET role = ? WHERE workspace_id = ? AND user_id = ?").run(
          body.role,
          params.workspaceId,
          params.userId,
        );
        return { member: presentMember({ ...member, role: body.role }) };
      })(),
  });

  route(api, {
    method: "delete",
    path: "/api/v1/workspaces/:workspaceId/members/:userId",
    summary: "Remove a member",
    auth: "member:admin",
    params: memberParams,
    status: 204,
    handler: ({ params }) =>
      db.transaction(() => {
        const member = findMember(params.workspaceId, params.userId);
        if (!member) throw notFound("Member");
        if (member.role === "admin" && adminCount(params.workspaceId) === 1) {
          throw lastAdmin();
        }
        db.prepare("DELETE FROM members WHERE workspace_id = ? AND user_id = ?").run(
          params.workspaceId,
          params.userId,
        );
        return undefined;
      })(),
  });
}
