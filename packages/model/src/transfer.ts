import { z } from "zod";
import { appSchema, pageSchema } from "./app";
import { packageSchema } from "./package";

/** What an imported file refers to that the target workspace lacks. */
export const importMissingSchema = z.object({
  /** Datasource names not found: their queries were imported without a datasource. */
  datasources: z.array(z.string()),
  /** Package versions not found (an app import is refused until they exist). */
  packages: z.array(z.object({ name: z.string(), version: z.number() })),
});
export type ImportMissing = z.infer<typeof importMissingSchema>;

/** The answer of `POST /workspaces/:workspaceId/import`. */
export const importResultSchema = z.object({
  kind: z.enum(["package", "app"]),
  package: packageSchema.optional(),
  app: appSchema.optional(),
  pages: z.array(pageSchema).optional(),
  missing: importMissingSchema,
});
export type ImportResult = z.infer<typeof importResultSchema>;
