import { z } from "zod";
import { displayNameSchema } from "./identifier";
import { moduleBodySchema } from "./module";

export const packageBodySchema = z.object({ name: displayNameSchema });
export type PackageBody = z.infer<typeof packageBodySchema>;

export const packageSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  latestVersion: z.number().nullable(),
  /** True when a draft module changed after the latest publish. */
  hasUnpublishedChanges: z.boolean(),
  updatedAt: z.string(),
});
export type Package = z.infer<typeof packageSchema>;

/** An immutable snapshot of every module of a package, made by publishing. */
export const packageVersionSchema = z.object({
  packageId: z.string(),
  version: z.number().int().min(1),
  publishedAt: z.string(),
  modules: z.array(moduleBodySchema),
});
export type PackageVersion = z.infer<typeof packageVersionSchema>;
