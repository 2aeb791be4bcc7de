import { z } from "zod";
import { identifierSchema } from "./identifier";
import { queryConfigSchema } from "./kinds";
import { widgetSchema } from "./page";
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

/** A value a UI module offers the app (`LoginForm1.email`), read from its widgets. */
export const uiModuleOutputSchema = z.object({
  name: identifierSchema.refine((name) => name !== "props", {
    message: "`props` is taken by the module's props",
  }),
  /** Static text or `{{ }}` over the module's widgets and props: `{{Input1.text}}`. */
  value: z.string().max(10_000),
  description: z.string().max(500).default(""),
});
export type UiModuleOutput = z.infer<typeof uiModuleOutputSchema>;

/** Something a UI module tells the app (`onSignedIn`); its code calls `emit("onSignedIn")`. */
export const uiModuleEventSchema = z.object({
  name: identifierSchema,
  description: z.string().max(500).default(""),
});
export type UiModuleEvent = z.infer<typeof uiModuleEventSchema>;

/**
 * A piece of UI: widgets on a canvas of their own, with props (its `inputs`, read as
 * `{{props.x}}`), outputs and events. Its widgets' code may call the package's query and JS
 * modules by name, as a JS module does.
 */
export const uiModuleBodySchema = z.object({
  kind: z.literal("ui"),
  name: identifierSchema,
  inputs: z.array(moduleInputSchema).max(50).default([]),
  widgets: z.array(widgetSchema).max(500).default([]),
  outputs: z.array(uiModuleOutputSchema).max(50).default([]),
  events: z.array(uiModuleEventSchema).max(50).default([]),
});

/** A module as stored in a draft or a published version. */
export const moduleBodySchema = z.discriminatedUnion("kind", [
  queryModuleBodySchema,
  jsModuleBodySchema,
  uiModuleBodySchema,
]);
export type ModuleBody = z.infer<typeof moduleBodySchema>;
export type QueryModule = z.infer<typeof queryModuleBodySchema>;
export type JsModule = z.infer<typeof jsModuleBodySchema>;
export type UiModule = z.infer<typeof uiModuleBodySchema>;

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
