import { z } from "zod";
import { appSettingsSchema } from "./appSettings";
import { displayNameSchema, slugSchema } from "./identifier";
import { pageDocSchema } from "./page";

export const appBodySchema = z.object({
  name: displayNameSchema,
  /** Defaults to a slug of the name; unique across the instance, as it is the viewer URL. */
  slug: slugSchema.optional(),
  isPublic: z.boolean().optional(),
});
export type AppBody = z.infer<typeof appBodySchema>;

export const appSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  slug: z.string(),
  isPublic: z.boolean(),
  settings: appSettingsSchema,
  latestDeployment: z.number().nullable(),
  updatedAt: z.string(),
});
export type App = z.infer<typeof appSchema>;

export const pageBodySchema = z.object({
  name: displayNameSchema,
  slug: slugSchema.optional(),
});
export type PageBody = z.infer<typeof pageBodySchema>;

export const pageUpdateBodySchema = z.object({
  name: displayNameSchema.optional(),
  slug: slugSchema.optional(),
  isHome: z.literal(true).optional(),
  order: z.number().int().min(0).max(1000).optional(),
});
export type PageUpdateBody = z.infer<typeof pageUpdateBodySchema>;

export const pageSchema = z.object({
  id: z.string(),
  appId: z.string(),
  name: z.string(),
  slug: z.string(),
  order: z.number(),
  isHome: z.boolean(),
});
export type Page = z.infer<typeof pageSchema>;

/** A page's draft document with the revision a save must name. */
export const pageDraftSchema = z.object({
  pageId: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
  doc: pageDocSchema,
});
export type PageDraft = z.infer<typeof pageDraftSchema>;

export const pageDocSaveBodySchema = z.object({
  revision: z.number().int().min(0),
  doc: pageDocSchema,
});
export type PageDocSaveBody = z.infer<typeof pageDocSaveBodySchema>;
