import { z } from "zod";
import { datasourceSchema } from "./kinds";

/**
 * The answer to replacing a datasource. `clearedSecrets` names the secrets sent without value
 * whose stored value was dropped because the datasource moved: a header's name when the base
 * URL or endpoint moved to another origin, `password` when a PostgreSQL host, port or
 * database changed.
 */
export const datasourceUpdateResultSchema = z.object({
  datasource: datasourceSchema,
  clearedSecrets: z.array(z.string()),
});
export type DatasourceUpdateResult = z.infer<typeof datasourceUpdateResultSchema>;

/** The answer of `POST /datasources/:id/test`, shown as is to the member testing it. */
export const datasourceTestResultSchema = z.object({
  ok: z.boolean(),
  /** The upstream's own HTTP status, for HTTP kinds. */
  status: z.number().optional(),
  message: z.string(),
});
export type DatasourceTestResult = z.infer<typeof datasourceTestResultSchema>;

/** The answer of `GET /datasources/:id/schema`: a SQL datasource's tables, for browsing and completion. */
export const databaseSchemaSchema = z.object({
  tables: z.array(
    z.object({
      schema: z.string(),
      name: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string(), nullable: z.boolean() })),
    }),
  ),
});
export type DatabaseSchema = z.infer<typeof databaseSchemaSchema>;
