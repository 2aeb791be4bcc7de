import type { AppSettings } from "@tessera/model";
import type { Selectable } from "kysely";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";
import type { AppsTable } from "../schema";
import { isUniqueViolation } from "../uniqueViolation";

/** An app as stored. */
export interface AppRecord {
  id: string;
  workspaceId: string;
  name: string;
  /** Its viewer URL, `/app/<slug>`: unique across the instance. */
  slug: string;
  isPublic: boolean;
  /** Title and navigation of the deployed app. */
  settings: AppSettings;
  /** The version of its latest deployment, or null when never deployed. */
  latestDeployment: number | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * An app insert or update met another app's slug. On SQLite the check inside the transaction
 * rules it out; on PostgreSQL two transactions can both pass the check, and the UNIQUE
 * constraint decides. The transaction is spoilt: the caller retries it or refuses.
 */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`The app slug ${slug} is taken`);
    this.name = "SlugTakenError";
  }
}

/** Maps an `apps` row to its record; the deployments repository reads apps too. */
export function toAppRecord(row: Selectable<AppsTable>): AppRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    slug: row.slug,
    isPublic: row.is_public === 1,
    settings: decodeDocument("appSettings", row.settings_json, `app ${row.id}`),
    latestDeployment: row.latest_deployment === null ? null : Number(row.latest_deployment),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Apps of a workspace (`apps`). */
export type AppsRepository = ReturnType<typeof createAppsRepository>;

/** Apps of a workspace (`apps`). */
export function createAppsRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;

  const slugWrite = async (slug: string, write: () => Promise<unknown>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new SlugTakenError(slug);
      throw error;
    }
  };

  return {
    async findById(id: string): Promise<AppRecord | undefined> {
      const row = await db.selectFrom("apps").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toAppRecord(row);
    },

    /** A workspace's apps by name (case-insensitive), then age; `deployedOnly` keeps those with a deployment. */
    async listForWorkspace(workspaceId: string, options: { deployedOnly: boolean }): Promise<AppRecord[]> {
      let query = db.selectFrom("apps").selectAll().where("workspace_id", "=", workspaceId);
      if (options.deployedOnly) query = query.where("latest_deployment", "is not", null);
      const rows = await query.orderBy(dialect.caseInsensitive("name")).orderBy("created_at").execute();
      return rows.map(toAppRecord);
    },

    /** Whether another app than `exceptId` has this slug. */
    async isSlugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let query = db.selectFrom("apps").select("id").where("slug", "=", slug);
      if (exceptId) query = query.where("id", "<>", exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    /**
     * The slugs in use that start with `prefix`: what a free slug is picked against in one
     * query. Slugs hold only [a-z0-9-], nothing LIKE treats specially.
     */
    async listSlugsStartingWith(prefix: string): Promise<Set<string>> {
      const rows = await db.selectFrom("apps").select("slug").where("slug", "like", `${prefix}%`).execute();
      return new Set(rows.map((row) => row.slug));
    },

    /** Inserts an app; throws SlugTakenError when its slug is taken. */
    async insert(app: AppRecord): Promise<void> {
      await slugWrite(app.slug, () =>
        db
          .insertInto("apps")
          .values({
            id: app.id,
            workspace_id: app.workspaceId,
            name: app.name,
            slug: app.slug,
            is_public: app.isPublic ? 1 : 0,
            settings_json: encodeDocument("appSettings", app.settings),
            latest_deployment: app.latestDeployment,
            created_at: app.createdAt,
            updated_at: app.updatedAt,
          })
          .execute(),
      );
    },

    /** Changes an app's name, slug, visibility or settings; throws SlugTakenError when the slug is taken. */
    async update(
      id: string,
      change: { name: string; slug: string; isPublic: boolean; settings: AppSettings; updatedAt: string },
    ): Promise<void> {
      await slugWrite(change.slug, () =>
        db
          .updateTable("apps")
          .set({
            name: change.name,
            slug: change.slug,
            is_public: change.isPublic ? 1 : 0,
            settings_json: encodeDocument("appSettings", change.settings),
            updated_at: change.updatedAt,
          })
          .where("id", "=", id)
          .execute(),
      );
    },

    /** Records that an app's drafts changed (a page added, saved, moved or deleted). */
    async touch(id: string, updatedAt: string): Promise<void> {
      await db.updateTable("apps").set({ updated_at: updatedAt }).where("id", "=", id).execute();
    },

    async setLatestDeployment(id: string, version: number, updatedAt: string): Promise<void> {
      await db
        .updateTable("apps")
        .set({ latest_deployment: version, updated_at: updatedAt })
        .where("id", "=", id)
        .execute();
    },

    /** Deletes an app; its pages, deployments and their package pins go with it (ON DELETE CASCADE). */
    async delete(id: string): Promise<void> {
      await db.deleteFrom("apps").where("id", "=", id).execute();
    },
  };
}
