import {
  appNavigationSchema,
  appQuerySchema,
  displayNameSchema,
  jsModuleBodySchema,
  moduleInstanceSchema,
  pageDocSchema,
  type QueryConfig,
  queryConfigSchema,
  queryModuleBodySchema,
  slugSchema,
  uiModuleBodySchema,
  widgetSchema,
} from "@tessera/model";
import { z } from "zod";
import { findUnsafeJson } from "./findUnsafeJson";

type WithoutDatasourceId<T> = T extends unknown ? Omit<T, "datasourceId"> : never;

/** A query config of any kind with its datasource named instead of referenced by id. */
export type ExportedQueryConfig = WithoutDatasourceId<QueryConfig> & { datasource: string | null };

/**
 * A query config with its datasource named instead of referenced by id: ids do not travel.
 * It carries its kind and the kind's fields, read by the model's own query schema; files from
 * before kinds name none and read as REST.
 */
export const exportedQueryConfigSchema: z.ZodType<ExportedQueryConfig> = z
  .looseObject({ datasource: displayNameSchema.nullable() })
  .transform((value, ctx) => {
    const { datasource, ...config } = value;
    const parsed = queryConfigSchema.safeParse({ ...config, datasourceId: null });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }
    const { datasourceId: _datasourceId, ...rest } = parsed.data;
    return { ...rest, datasource } as ExportedQueryConfig;
  });

export const exportedModuleSchema = z.discriminatedUnion("kind", [
  queryModuleBodySchema.omit({ config: true }).extend({ config: exportedQueryConfigSchema }),
  jsModuleBodySchema,
  uiModuleBodySchema,
]);
export type ExportedModule = z.infer<typeof exportedModuleSchema>;

/** What a file needs from the workspace it is imported into. */
const requiresSchema = z
  .strictObject({
    datasources: z.array(z.string().max(100)).max(500).optional(),
    packages: z
      .array(z.strictObject({ name: z.string().max(100), version: z.number() }))
      .max(500)
      .optional(),
  })
  .optional();

/** A package file: its draft modules and every published version, in version order. */
export const packageFileSchema = z.strictObject({
  format: z.literal("tessera/package"),
  formatVersion: z.literal(1),
  package: z.strictObject({
    name: displayNameSchema,
    modules: z.array(exportedModuleSchema).max(200),
    versions: z
      .array(
        z.strictObject({
          version: z.number().int().min(1).max(1_000_000),
          publishedAt: z.iso.datetime(),
          modules: z.array(exportedModuleSchema).max(200),
        }),
      )
      .max(1_000),
  }),
  requires: requiresSchema,
});
export type PackageFile = z.infer<typeof packageFileSchema>;

/** A widget whose UI module (if it is one's instance) names its package. */
const exportedWidgetSchema = widgetSchema.omit({ module: true }).extend({
  module: z
    .strictObject({
      package: displayNameSchema,
      moduleName: z.string().max(100),
      version: z.number().int().min(1),
    })
    .optional(),
});
export type ExportedWidget = z.infer<typeof exportedWidgetSchema>;

/**
 * A page document whose queries name datasources, and whose instances and UI modules'
 * widgets name packages.
 */
export const exportedPageDocSchema = pageDocSchema.extend({
  widgets: z.array(exportedWidgetSchema).max(2_000),
  queries: z
    .array(appQuerySchema.omit({ config: true }).extend({ config: exportedQueryConfigSchema }))
    .max(500),
  moduleInstances: z
    .array(moduleInstanceSchema.omit({ packageId: true }).extend({ package: displayNameSchema }))
    .max(200),
});
export type ExportedPageDoc = z.infer<typeof exportedPageDocSchema>;

/** An app file: its pages in order with their draft documents. Deployments stay behind. */
export const appFileSchema = z.strictObject({
  format: z.literal("tessera/app"),
  formatVersion: z.literal(1),
  app: z.strictObject({
    name: displayNameSchema,
    slug: slugSchema,
    isPublic: z.boolean(),
    /** Title and navigation; hidden pages by name. Absent in files from before settings. */
    settings: z
      .strictObject({
        title: z.string().max(120),
        navigation: appNavigationSchema,
        hiddenPages: z.array(displayNameSchema).max(100),
      })
      .optional(),
    pages: z
      .array(
        z.strictObject({
          name: displayNameSchema,
          slug: slugSchema,
          isHome: z.boolean(),
          doc: exportedPageDocSchema,
        }),
      )
      .min(1)
      .max(100),
  }),
  requires: requiresSchema,
});
export type AppFile = z.infer<typeof appFileSchema>;

/**
 * The body of an import: a package or an app file. Hostile keys and nesting are refused
 * first, with their path, so the schema never walks them.
 */
export const transferFileSchema = z
  .unknown()
  .transform((value, ctx) => {
    const unsafe = findUnsafeJson(value);
    if (unsafe) {
      ctx.addIssue({ code: "custom", message: unsafe.message, path: unsafe.path });
      return z.NEVER;
    }
    return value;
  })
  .pipe(z.discriminatedUnion("format", [packageFileSchema, appFileSchema]));
export type TransferFile = z.infer<typeof transferFileSchema>;
