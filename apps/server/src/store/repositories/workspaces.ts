import type { Role } from "@tessera/model";
import { compiledOnce } from "../compiledOnce";
import type { RepositoryContext } from "../Store";

/** A workspace as a member sees it in a list: with their role. */
export interface WorkspaceWithRole {
  id: string;
  name: string;
  role: Role;
}

/** A workspace member: the membership joined with the user's public fields. */
export interface MemberRecord {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** When they joined (ISO). */
  createdAt: string;
}

/** A membership to add. */
export interface NewMember {
  workspaceId: string;
  userId: string;
  role: Role;
  createdAt: string;
}

/** A new membership as its `members` row. */
function memberRowOf(member: NewMember) {
  return {
    workspace_id: member.workspaceId,
    user_id: member.userId,
    role: member.role,
    created_at: member.createdAt,
  };
}

/** The kinds of resource a route names by id, each owned by one workspace. */
export type OwnedResource = "datasource" | "package" | "app" | "workspace";

/** Workspaces and their members (`workspaces`, `members`), and the membership check of every member route. */
export type WorkspacesRepository = ReturnType<typeof createWorkspacesRepository>;

/** Workspaces and their members (`workspaces`, `members`), and the membership check of every member route. */
export function createWorkspacesRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;

  const memberQuery = () =>
    db
      .selectFrom("members as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .select(["m.user_id as userId", "u.email", "u.name", "m.role", "m.created_at as createdAt"]);

  const ownedMembership = (table: (typeof TABLES)[keyof typeof TABLES]) =>
    compiledOnce(db, (id: string, userId: string) =>
      db
        // The three tables share the columns read here; one spelling serves them all.
        .selectFrom(`${table} as r` as "apps as r")
        .leftJoin("members as m", (join) =>
          join.onRef("m.workspace_id", "=", "r.workspace_id").on("m.user_id", "=", userId),
        )
        .select(["r.workspace_id as workspaceId", "m.role"])
        .where("r.id", "=", id),
    );
  const membershipLookups = {
    workspace: compiledOnce(db, (id: string, userId: string) =>
      db
        .selectFrom("workspaces as r")
        .leftJoin("members as m", (join) =>
          join.onRef("m.workspace_id", "=", "r.id").on("m.user_id", "=", userId),
        )
        .select(["r.id as workspaceId", "m.role"])
        .where("r.id", "=", id),
    ),
    datasource: ownedMembership(TABLES.datasource),
    package: ownedMembership(TABLES.package),
    app: ownedMembership(TABLES.app),
  };

  return {
    /**
     * The workspace owning a resource and the user's role in it, in one query (every member
     * route pays it): undefined when the resource does not exist, role null for a non-member.
     */
    async findMembership(
      resource: OwnedResource,
      id: string,
      userId: string,
    ): Promise<{ workspaceId: string; role: Role | null } | undefined> {
      const [row] = await membershipLookups[resource](id, userId);
      return row ? { workspaceId: row.workspaceId, role: row.role ?? null } : undefined;
    },

    /** The user's role in a workspace, or null when not a member. */
    async findRole(workspaceId: string, userId: string): Promise<Role | null> {
      const row = await db
        .selectFrom("members")
        .select("role")
        .where("workspace_id", "=", workspaceId)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row?.role ?? null;
    },

    /** The user's workspaces, by name (case-insensitive), then age. */
    listForUser(userId: string): Promise<WorkspaceWithRole[]> {
      return db
        .selectFrom("workspaces as w")
        .innerJoin("members as m", "m.workspace_id", "w.id")
        .select(["w.id", "w.name", "m.role"])
        .where("m.user_id", "=", userId)
        .orderBy(dialect.caseInsensitive("w.name"))
        .orderBy("w.created_at")
        .execute();
    },

    async insert(workspace: { id: string; name: string; createdAt: string }): Promise<void> {
      await db
        .insertInto("workspaces")
        .values({
          id: workspace.id,
          name: workspace.name,
          created_at: workspace.createdAt,
          updated_at: workspace.createdAt,
        })
        .execute();
    },

    async rename(id: string, name: string, updatedAt: string): Promise<void> {
      await db.updateTable("workspaces").set({ name, updated_at: updatedAt }).where("id", "=", id).execute();
    },

    /** Deletes a workspace; its members, datasources, packages, apps and deployments go with it (ON DELETE CASCADE). */
    async delete(id: string): Promise<void> {
      await db.deleteFrom("workspaces").where("id", "=", id).execute();
    },

    /** The members, oldest first. */
    listMembers(workspaceId: string): Promise<MemberRecord[]> {
      return memberQuery()
        .where("m.workspace_id", "=", workspaceId)
        .orderBy("m.created_at")
        .orderBy("u.email")
        .execute();
    },

    findMember(workspaceId: string, userId: string): Promise<MemberRecord | undefined> {
      return memberQuery()
        .where("m.workspace_id", "=", workspaceId)
        .where("m.user_id", "=", userId)
        .executeTakeFirst();
    },

    async addMember(member: NewMember): Promise<void> {
      await db.insertInto("members").values(memberRowOf(member)).execute();
    },

    async setMemberRole(workspaceId: string, userId: string, role: Role): Promise<void> {
      await db
        .updateTable("members")
        .set({ role })
        .where("workspace_id", "=", workspaceId)
        .where("user_id", "=", userId)
        .execute();
    },

    async removeMember(workspaceId: string, userId: string): Promise<void> {
      await db
        .deleteFrom("members")
        .where("workspace_id", "=", workspaceId)
        .where("user_id", "=", userId)
        .execute();
    },

    async countAdmins(workspaceId: string): Promise<number> {
      const row = await db
        .selectFrom("members")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("workspace_id", "=", workspaceId)
        .where("role", "=", "admin")
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    // Used by invitations.
    /** Adds the member unless they are one already (keeping the role they have); true when added. */
    async addMemberUnlessPresent(member: NewMember): Promise<boolean> {
      const result = await db
        .insertInto("members")
        .values(memberRowOf(member))
        .onConflict((oc) => oc.columns(["workspace_id", "user_id"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}

const TABLES = { datasource: "datasources", package: "packages", app: "apps" } as const;
