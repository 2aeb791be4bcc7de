import { z } from "zod";
import { identifierSchema } from "./identifier";
import { queryConfigSchema } from "./kinds";
import { moduleInputSchema } from "./query";
import { vaultKeepSchema, vaultRefreshSchema } from "./vault";

export const queryModuleBodySchema = z.object({
  kind: z.literal("query"),
  name: identifierSchema,
  inputs: z.array(moduleInputSchema).max(50).default([]),
  config: queryConfigSchema,
  /** Response fields kept in the visitor's vault and removed from what the browser gets. */
  vaultKeep: vaultKeepSchema.optional(),
  /** Set on the package's one refresh action; the keys it renews are its `vaultKeep`. */
  vaultRefresh: vaultRefreshSchema.optional(),
});

export const jsModuleBodySchema = z.object({
  kind: z.literal("js"),
  name: identifierSchema,
  inputs: z.array(moduleInputSchema).max(50).default([]),
  /** `export default { ... }` */
  source: z.string().max(200_000),
});

/** A module as stored in a draft or a published version. */
export const moduleBodySchema = z.discriminatedUnion("kind", [queryModuleBodySchema, jsModuleBodySchema]);
export type ModuleBody = z.infer<typeof moduleBodySchema>;
export type QueryModule = z.infer<typeof queryModuleBodySchema>;
export type JsModule = z.infer<typeof jsModuleBodySchema>;

/** Saving a draft module names the revision it was based on (409 when stale). */
export const moduleSaveBodySchema = z.object({
  revision: z.number().int().min(0),
  module: moduleBodySchema,
});
export type ModuleSaveBody = z.infer<typeof moduleSaveBodySchema>;

export const draftModuleSchema = z.object({
  id: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
  module: moduleBodySchema,
});
export type DraftModule = z.infer<typeof draftModuleSchema>;
