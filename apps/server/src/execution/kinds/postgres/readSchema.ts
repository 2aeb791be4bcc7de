import type { DatabaseSchema } from "@tessera/model";
import type { RunnablePostgresDatasource } from "../../../datasources/openDatasourceForRun";
import { postgresError } from "./postgresErrors";
import type { PostgresPools } from "./postgresPools";

/** Tables listed at most, so a database with thousands of them still answers quickly. */
const MAX_TABLES = 500;

/**
 * The tables, views and their columns the datasource's user can see, outside PostgreSQL's own
 * schemas (pg_catalog, information_schema, pg_toast...), by schema and name, columns in order.
 */
export async function readSchema(
  pools: PostgresPools,
  datasource: RunnablePostgresDatasource,
): Promise<DatabaseSchema> {
  try {
    const { client } = await pools.connect(datasource);
    try {
      const result = await client.query<{
        table_schema: string;
        table_name: string;
        column_name: string;
        data_type: string;
        is_nullable: string;
      }>(
        `SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.is_nullable
           FROM information_schema.columns c
           JOIN (SELECT table_schema, table_name FROM information_schema.tables
                  WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                    AND table_schema NOT LIKE 'pg\\_%'
                  ORDER BY table_schema, table_name LIMIT $1) t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
        [MAX_TABLES],
      );
      const tables: DatabaseSchema["tables"] = [];
      for (const row of result.rows) {
        let table = tables.at(-1);
        if (!table || table.schema !== row.table_schema || table.name !== row.table_name) {
          table = { schema: row.table_schema, name: row.table_name, columns: [] };
          tables.push(table);
        }
        table.columns.push({
          name: row.column_name,
          type: row.data_type,
          nullable: row.is_nullable === "YES",
        });
      }
      return { tables };
    } finally {
      client.release();
    }
  } catch (error) {
    throw postgresError(error, datasource);
  }
}
