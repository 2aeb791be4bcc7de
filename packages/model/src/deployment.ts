import type { CompiledCode } from "@tessera/engine";
import { z } from "zod";
import { appSettingsSchema } from "./appSettings";
import { jsModuleBodySchema, moduleBodySchema, uiModuleBodySchema } from "./module";
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

/**
 * A package version as a viewer needs it: its JS and UI modules whole, its query modules
 * reduced.
 */
export const viewerPackageSchema = z.object({
  packageId: z.string(),
  version: z.number(),
  jsModules: z.array(jsModuleBodySchema),
  queryModules: z.array(viewerModuleQuerySchema),
  uiModules: z.array(uiModuleBodySchema).default([]),
});
export type ViewerPackage = z.infer<typeof viewerPackageSchema>;

/**
 * A page's code analysed at deploy (engine's `compilePageCode`): references, syntax errors and
 * instrumented code of every binding, handler and JS object, keyed by its text.
 */
const entryGuardSchema = z.object({ storeLacks: z.string(), navigateTo: z.string() });

export const compiledCodeSchema: z.ZodType<CompiledCode> = z.object({
  expressions: z.record(
    z.string(),
    z.union([
      z.object({ paths: z.array(z.string()), names: z.array(z.string()), body: z.string() }),
      z.object({ error: z.string() }),
    ]),
  ),
  handlers: z.record(
    z.string(),
    z.union([
      z.object({ kind: z.enum(["expression", "statements"]), body: z.string() }),
      z.object({ error: z.string() }),
    ]),
  ),
  jsObjects: z.record(
    z.string(),
    z.union([
      z.object({
        functions: z.array(
          z.object({
            name: z.string(),
            code: z.string(),
            reads: z.array(z.string()),
            guard: entryGuardSchema.optional(),
          }),
        ),
        variables: z.array(z.object({ name: z.string(), code: z.string() })),
      }),
      z.object({ error: z.string() }),
    ]),
  ),
  entryGuard: entryGuardSchema.optional(),
});

export const viewerPageSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  isHome: z.boolean(),
  widgets: z.array(widgetSchema),
  queries: z.array(viewerQuerySchema),
  jsObjects: z.array(jsObjectSchema),
  moduleInstances: z.array(moduleInstanceSchema),
  /** The page's code compiled at deploy: the viewer runs it without a parser. */
  compiled: compiledCodeSchema.optional(),
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
      modules: z.array(moduleBodySchema),
    }),
  ),
  /**
   * Every datasource the deployment's queries use, with the origin its base URL had then: a
   * run refuses a datasource that has moved since. Absent in snapshots from before it was kept.
   */
  datasources: z.array(z.object({ id: z.string(), name: z.string(), origin: z.string() })).optional(),
  /**
   * Every page's code compiled at deploy, by page id, and the version of the compiler that
   * made it. Absent (or of another version) in older snapshots: compiled when first viewed.
   */
  compiledCode: z.object({ version: z.number(), pages: z.record(z.string(), compiledCodeSchema) }).optional(),
});
export type DeploymentSnapshot = z.infer<typeof deploymentSnapshotSchema>;
