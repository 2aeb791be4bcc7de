import type { StoredHeader } from "../../datasources/storedHeader";
import { compiledOnce } from "../compiledOnce";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";
import type { DatasourcesTable } from "../schema";

/** A datasource as stored, headers decoded (secret values still sealed): present it with presentDatasource. */
export interface DatasourceRecord {
  id: string;
  workspaceId: string;
  name: string;
  baseUrl: string;
  headers: StoredHeader[];
  timeoutMs: number;
  createdAt: string;
  updatedAt: string;
}

/** What an author sets on a datasource (everything but its id, workspace and creation time). */
export interface DatasourceChanges {
  name: string;
  baseUrl: string;
  headers: StoredHeader[];
  timeoutMs: number;
  updatedAt: string;
}

/** Datasources of a workspace, with their stored headers (`datasources`). */
export type DatasourcesRepository = ReturnType<typeof createDatasourcesRepository>;

/** Datasources of a workspace, with their stored headers (`datasources`). */
export function createDatasourcesRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;
  // A run loads its datasource whenever the store version moved: the lookup is compiled once.
  const findRow = compiledOnce(db, (id: string) =>
    db.selectFrom("datasources").selectAll().where("id", "=", id),
  );

  return {
    async findById(id: string): Promise<DatasourceRecord | undefined> {
      const [row] = await findRow(id);
      return row ? toRecord(row) : undefined;
    },

    /** The workspace's datasources, by name (case-insensitive). */
    async listForWorkspace(workspaceId: string): Promise<DatasourceRecord[]> {
      const rows = await db
        .selectFrom("datasources")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .orderBy(dialect.caseInsensitive("name"))
        .orderBy("created_at")
        .execute();
      return rows.map(toRecord);
    },

    /** Whether the datasource exists and belongs to the workspace. */
    async existsInWorkspace(id: string, workspaceId: string): Promise<boolean> {
      const row = await db
        .selectFrom("datasources")
        .select("id")
        .where("id", "=", id)
        .where("workspace_id", "=", workspaceId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Every datasource's id, base URL and headers: what a change of secret key re-seals. */
    async listAllHeaders(): Promise<{ id: string; baseUrl: string; headers: StoredHeader[] }[]> {
      const rows = await db.selectFrom("datasources").select(["id", "base_url", "headers_json"]).execute();
      return rows.map((row) => ({
        id: row.id,
        baseUrl: row.base_url,
        headers: decodeDocument("datasourceHeaders", row.headers_json, `datasource ${row.id}`),
      }));
    },

    async insert(datasource: DatasourceRecord): Promise<void> {
      await db
        .insertInto("datasources")
        .values({
          id: datasource.id,
          workspace_id: datasource.workspaceId,
          name: datasource.name,
          base_url: datasource.baseUrl,
          headers_json: encodeDocument("datasourceHeaders", datasource.headers),
          timeout_ms: datasource.timeoutMs,
          created_at: datasource.createdAt,
          updated_at: datasource.updatedAt,
        })
        .execute();
    },

    async update(id: string, changes: DatasourceChanges): Promise<void> {
      await db
        .updateTable("datasources")
        .set({
          name: changes.name,
          base_url: changes.baseUrl,
          headers_json: encodeDocument("datasourceHeaders", changes.headers),
          timeout_ms: changes.timeoutMs,
          updated_at: changes.updatedAt,
        })
        .where("id", "=", id)
        .execute();
    },

    /** Replaces the stored headers alone, as re-sealing under a new key does: not an author's edit. */
    async replaceHeaders(id: string, headers: StoredHeader[]): Promise<void> {
      await db
        .updateTable("datasources")
        .set({ headers_json: encodeDocument("datasourceHeaders", headers) })
        .where("id", "=", id)
        .execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom("datasources").where("id", "=", id).execute();
    },

    // Used by packages, apps and deployments.
    /** The ids and names of the workspace's datasources, oldest first (for linking by name). */
    listNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom("datasources")
        .select(["id", "name"])
        .where("workspace_id", "=", workspaceId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
    },

    /** A datasource's name and base URL when it belongs to the workspace, else undefined. */
    findNameAndBaseUrl(
      id: string,
      workspaceId: string,
    ): Promise<{ id: string; name: string; baseUrl: string } | undefined> {
      return db
        .selectFrom("datasources")
        .select(["id", "name", "base_url as baseUrl"])
        .where("id", "=", id)
        .where("workspace_id", "=", workspaceId)
        .executeTakeFirst();
    },
  };
}

function toRecord(row: DatasourcesTable): DatasourceRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    baseUrl: row.base_url,
    headers: decodeDocument("datasourceHeaders", row.headers_json, `datasource ${row.id}`),
    timeoutMs: Number(row.timeout_ms),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
