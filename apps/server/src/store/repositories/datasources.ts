import type { StoredDatasourceConfig } from "../../datasources/storedDatasourceConfig";
import type { StoredHeader } from "../../datasources/storedHeader";
import { compiledOnce } from "../compiledOnce";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";
import type { DatasourcesTable } from "../schema";

/**
 * A datasource as stored, tagged by `kind` with its config decoded (secret values still
 * sealed): present it with presentDatasource, open it for a run with openDatasourceForRun.
 */
export type DatasourceRecord = {
  id: string;
  workspaceId: string;
  name: string;
  createdAt: string;
  updatedAt: string;
} & StoredDatasourceConfig;

/** What an author sets on a datasource (everything but its id, workspace and creation time). */
export type DatasourceChanges = { name: string; updatedAt: string } & StoredDatasourceConfig;

/** Datasources of a workspace, each of a kind with its config document (`datasources`). */
export type DatasourcesRepository = ReturnType<typeof createDatasourcesRepository>;

/** Datasources of a workspace, each of a kind with its config document (`datasources`). */
export function createDatasourcesRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;
  // A run loads its datasource whenever the store version moved: the lookup is compiled once.
  const findRow = compiledOnce(db, (id: string) =>
    db.selectFrom("datasources").selectAll().where("id", "=", id),
  );

  const replaceConfig = async (id: string, config: StoredDatasourceConfig): Promise<void> => {
    await db
      .updateTable("datasources")
      .set({ kind: config.kind, config_json: encodeDocument("datasourceConfig", config) })
      .where("id", "=", id)
      .execute();
  };

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

    /** Every datasource: what a change of secret key re-seals. */
    async listAll(): Promise<DatasourceRecord[]> {
      return (await db.selectFrom("datasources").selectAll().execute()).map(toRecord);
    },

    async insert(datasource: DatasourceRecord): Promise<void> {
      const { id, workspaceId, name, createdAt, updatedAt, ...config } = datasource;
      await db
        .insertInto("datasources")
        .values({
          id,
          workspace_id: workspaceId,
          name,
          kind: config.kind,
          config_json: encodeDocument("datasourceConfig", config),
          created_at: createdAt,
          updated_at: updatedAt,
        })
        .execute();
    },

    async update(id: string, changes: DatasourceChanges): Promise<void> {
      const { name, updatedAt, ...config } = changes;
      await db
        .updateTable("datasources")
        .set({
          name,
          kind: config.kind,
          config_json: encodeDocument("datasourceConfig", config),
          updated_at: updatedAt,
        })
        .where("id", "=", id)
        .execute();
    },

    /** Replaces the stored config alone, as re-sealing under a new key does: not an author's edit. */
    replaceConfig,

    /** Replaces the stored headers of a datasource with headers (REST, GraphQL) alone. */
    async replaceHeaders(id: string, headers: StoredHeader[]): Promise<void> {
      const [row] = await findRow(id);
      if (!row) return;
      const { id: _id, workspaceId: _w, name: _n, createdAt: _c, updatedAt: _u, ...config } = toRecord(row);
      if (config.kind === "postgres") throw new Error(`datasource ${id} has no headers`);
      await replaceConfig(id, { ...config, headers });
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

    /** A datasource's name and stored config when it belongs to the workspace, else undefined. */
    async findInWorkspace(id: string, workspaceId: string): Promise<DatasourceRecord | undefined> {
      const [row] = await findRow(id);
      return row && row.workspace_id === workspaceId ? toRecord(row) : undefined;
    },
  };
}

function toRecord(row: DatasourcesTable): DatasourceRecord {
  const config = decodeDocument("datasourceConfig", row.config_json, `datasource ${row.id}`);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...config,
  };
}
