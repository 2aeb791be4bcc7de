import type { DatabaseSchema } from "@tessera/model";
import type { CodeCompletion } from "../monaco/codeEditorTypes";

/**
 * What the SQL editor completes from a database's schema: every table (schema-qualified outside
 * `public`, and after `schema.`), every column name once, and after `table.` that table's columns.
 */
export function sqlCompletions(schema: DatabaseSchema | undefined): CodeCompletion[] {
  if (!schema) return [];
  const items: CodeCompletion[] = [];
  const columns = new Map<string, string[]>();
  for (const table of schema.tables) {
    const qualified = `${table.schema}.${table.name}`;
    const detail = `table (${table.columns.length} columns)`;
    items.push({
      label: table.schema === "public" ? table.name : qualified,
      kind: "table",
      detail,
    });
    items.push({ label: table.name, kind: "table", detail, qualifier: table.schema });
    for (const column of table.columns) {
      items.push({
        label: column.name,
        kind: "column",
        detail: `${column.type}${column.nullable ? "" : " not null"}`,
        qualifier: table.name,
      });
      columns.set(column.name, [
        ...(columns.get(column.name) ?? []),
        `${table.name}.${column.name} ${column.type}`,
      ]);
    }
  }
  for (const [name, where] of columns) items.push({ label: name, kind: "column", detail: where.join(", ") });
  return items;
}
