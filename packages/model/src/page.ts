import { z } from "zod";
import { identifierSchema, idSchema } from "./identifier";
import { queryConfigSchema } from "./kinds";
import { vaultKeepSchema } from "./vault";

/** Grid position of a widget inside its parent: columns of a 64-column grid, rows of 10 px. */
export const layoutSchema = z.object({
  x: z.number().int().min(0).max(63),
  y: z.number().int().min(0).max(10_000),
  w: z.number().int().min(1).max(64),
  h: z.number().int().min(1).max(1_000),
});
export type Layout = z.infer<typeof layoutSchema>;

/**
 * A widget on a page. `props` hold static values or `{{ }}` binding text, event handlers
 * included (`onClick: "{{Login1.signin(...)}}"`); the widget's definition says their types.
 */
export const widgetSchema = z.object({
  id: idSchema,
  name: identifierSchema,
  type: z.string().min(1).max(64),
  parentId: idSchema.nullable(),
  layout: layoutSchema,
  props: z.record(z.string(), z.unknown()),
  /**
   * Which part of its parent the widget sits in, for parents of several parts (a Tabs
   * widget's tab, by the tab's value). Absent: the parent's first part, or its only one.
   */
  slot: z.string().min(1).max(100).optional(),
  /** The shape version of `props` (the definition's `version`); absent means 1. */
  version: z.number().int().min(1).max(1_000).optional(),
  /**
   * Set on a `UiModule` widget: the UI module it is an instance of, pinned like a module
   * instance. Its `props` then hold the module's prop values (static or `{{ }}`, by input
   * name) and its event handlers (by event name).
   */
  module: z
    .object({
      packageId: idSchema,
      moduleName: identifierSchema,
      /** The pinned package version; upgrades are explicit. */
      version: z.number().int().min(1),
    })
    .optional(),
});
export type Widget = z.infer<typeof widgetSchema>;

export const appQuerySchema = z.object({
  id: idSchema,
  name: identifierSchema,
  config: queryConfigSchema,
  runOnPageLoad: z.boolean().default(false),
  /** Response fields kept in the visitor's vault and removed from what the browser gets. */
  vaultKeep: vaultKeepSchema.optional(),
});
export type AppQuery = z.infer<typeof appQuerySchema>;

export const jsObjectSchema = z.object({
  id: idSchema,
  name: identifierSchema,
  source: z.string().max(200_000),
  /** Function names run once when the page loads. */
  runOnPageLoad: z.array(identifierSchema).default([]),
});
export type JsObject = z.infer<typeof jsObjectSchema>;

/**
 * An app's use of a published module: `Login1` is JS module `Login` of package Auth v1,
 * `Users1` query module `list_users`. Which kind it is comes from the pinned version.
 */
export const moduleInstanceSchema = z.object({
  id: idSchema,
  name: identifierSchema,
  packageId: idSchema,
  moduleName: identifierSchema,
  /** The pinned package version; upgrades are explicit. */
  version: z.number().int().min(1),
  /** Function names run once when the page loads; `["run"]` for a query module instance. */
  runOnPageLoad: z.array(identifierSchema).default([]),
  /**
   * The value of each module input the app sets, by input name: static text or `{{ }}`
   * evaluated in the app. An input left out (or empty) takes the module's default.
   */
  inputs: z.record(identifierSchema, z.string().max(10_000)).default({}),
  /** Query module instances: ask the user before each run. */
  confirmBeforeRun: z.boolean().default(false),
});
export type ModuleInstance = z.infer<typeof moduleInstanceSchema>;

export const PAGE_DOC_SCHEMA_VERSION = 1;

/** Everything a page holds, saved as one versioned document. */
export const pageDocSchema = z.object({
  schemaVersion: z.literal(PAGE_DOC_SCHEMA_VERSION),
  widgets: z.array(widgetSchema).max(2_000),
  queries: z.array(appQuerySchema).max(500),
  jsObjects: z.array(jsObjectSchema).max(200),
  moduleInstances: z.array(moduleInstanceSchema).max(200),
});
export type PageDoc = z.infer<typeof pageDocSchema>;

export function emptyPageDoc(): PageDoc {
  return {
    schemaVersion: PAGE_DOC_SCHEMA_VERSION,
    widgets: [],
    queries: [],
    jsObjects: [],
    moduleInstances: [],
  };
}

/**
 * Brings a stored page document of any schema version to the current one. Version 1 is the
 * first; later versions add a step here, so stored rows never need a bulk rewrite.
 */
export function migratePageDoc(raw: unknown): PageDoc {
  const doc = (raw ?? {}) as { schemaVersion?: number };
  if (doc.schemaVersion === undefined) return pageDocSchema.parse({ ...emptyPageDoc(), ...doc });
  return pageDocSchema.parse(doc);
}
