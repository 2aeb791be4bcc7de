import { z } from "zod";
import { appSettingsSchema } from "./appSettings";
import { jsModuleBodySchema, queryModuleBodySchema } from "./module";
import { appQuerySchema, jsObjectSchema, moduleInstanceSchema, widgetSchema } from "./page";
import { moduleInputSchema } from "./query";

/**
 * What a viewer receives: widgets, JS code and, for each query, only its name and the
 * binding expressions the browser must evaluate. Query configs stay on the server.
 */
export const viewerQuerySchema = z.object({
  name: z.string(),
  /** The `{{ }}` expressions of the stored config, to evaluate and send with a run. */
  bindings: z.array(z.string()),
  runOnPageLoad: z.boolean(),
});
export type ViewerQuery = z.infer<typeof viewerQuerySchema>;

export const viewerModuleQuerySchema = z.object({
  name: z.string(),
  inputs: z.array(moduleInputSchema),
  bindings: z.array(z.string()),
});
export type ViewerModuleQuery = z.infer<typeof viewerModuleQuerySchema>;

/** A package version as a viewer needs it: its JS modules whole, its query modules reduced. */
export const viewerPackageSchema = z.object({
  packageId: z.string(),
  version: z.number(),
  jsModules: z.array(jsModuleBodySchema),
  queryModules: z.array(viewerModuleQuerySchema),
});
export type ViewerPackage = z.infer<typeof viewerPackageSchema>;

export const viewerPageSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  isHome: z.boolean(),
  widgets: z.array(widgetSchema),
  queries: z.array(viewerQuerySchema),
  jsObjects: z.array(jsObjectSchema),
  moduleInstances: z.array(moduleInstanceSchema),
});
export type ViewerPage = z.infer<typeof viewerPageSchema>;

export const viewerAppSchema = z.object({
  appId: z.string(),
  name: z.string(),
  slug: z.string(),
  deployment: z.number(),
  deployedAt: z.string(),
  /** Title and navigation: the app's current settings, not the deployment's. */
  settings: appSettingsSchema,
  pages: z.array(viewerPageSchema),
  packages: z.array(viewerPackageSchema),
});
export type ViewerApp = z.infer<typeof viewerAppSchema>;

/** The stored, full deployment snapshot (server side only). */
export const deploymentSnapshotSchema = z.object({
  pages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      slug: z.string(),
      isHome: z.boolean(),
      widgets: z.array(widgetSchema),
      queries: z.array(appQuerySchema),
      jsObjects: z.array(jsObjectSchema),
      moduleInstances: z.array(moduleInstanceSchema),
    }),
  ),
  /** The package versions this deployment resolved to, whole. */
  packages: z.array(
    z.object({
      packageId: z.string(),
      version: z.number(),
      modules: z.array(z.discriminatedUnion("kind", [queryModuleBodySchema, jsModuleBodySchema])),
    }),
  ),
  /**
   * Every datasource the deployment's queries use, with the origin its base URL had then: a
   * run refuses a datasource that has moved since. Absent in snapshots from before it was kept.
   */
  datasources: z.array(z.object({ id: z.string(), name: z.string(), origin: z.string() })).optional(),
});
export type DeploymentSnapshot = z.infer<typeof deploymentSnapshotSchema>;
