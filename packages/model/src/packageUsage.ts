import { z } from "zod";

/** What changed in one module between two package versions. */
export const moduleChangeSchema = z.object({
  name: z.string(),
  kind: z.enum(["query", "js", "ui"]),
  /** True when the module turned from a query into a JS module or back. */
  kindChanged: z.boolean(),
  inputsAdded: z.array(z.string()),
  inputsRemoved: z.array(z.string()),
  /** Inputs kept whose default value changed. */
  inputsChanged: z.array(z.string()),
  /** Inputs kept whose type changed, or that became required. */
  inputsRetyped: z.array(z.object({ name: z.string(), before: z.string(), after: z.string() })),
  /** JS modules: members that are functions. */
  functionsAdded: z.array(z.string()),
  functionsRemoved: z.array(z.string()),
  functionsChanged: z.array(
    z.object({
      name: z.string(),
      /** Each parameter as written: `{ email, password }`. */
      paramsBefore: z.array(z.string()),
      paramsAfter: z.array(z.string()),
      paramsChanged: z.boolean(),
      bodyChanged: z.boolean(),
    }),
  ),
  /** Query modules: the REST call (method, path, params, headers, body or datasource) changed. */
  configChanged: z.boolean(),
  /**
   * JS modules: code changed that is not a function (variables, or a source that no longer
   * parses); UI modules: its widgets or its outputs' values changed.
   */
  otherCodeChanged: z.boolean(),
  /** UI modules: outputs and events added and removed. */
  outputsAdded: z.array(z.string()).default([]),
  outputsRemoved: z.array(z.string()).default([]),
  eventsAdded: z.array(z.string()).default([]),
  eventsRemoved: z.array(z.string()).default([]),
});
export type ModuleChange = z.infer<typeof moduleChangeSchema>;

/** The difference between two versions of a package, as an author reads it before upgrading. */
export const packageChangeSummarySchema = z.object({
  modulesAdded: z.array(z.string()),
  modulesRemoved: z.array(z.string()),
  modulesChanged: z.array(moduleChangeSchema),
});
export type PackageChangeSummary = z.infer<typeof packageChangeSummarySchema>;

/** One module instance of a package in an app: where a package version is used. */
export const packageUseSchema = z.object({
  appId: z.string(),
  appName: z.string(),
  pageId: z.string(),
  pageName: z.string(),
  /** The instance name on the page: `Login1`. */
  instance: z.string(),
  moduleName: z.string(),
  /** `draft`: the page being edited; `deployed`: the app's latest deployment. */
  source: z.enum(["draft", "deployed"]),
  /** The deployment number, for `deployed`. */
  deployment: z.number().optional(),
});
export type PackageUse = z.infer<typeof packageUseSchema>;

/** `GET /packages/:packageId/usage`: the uses of each version, newest version first. */
export const packageUsageSchema = z.object({
  versions: z.array(z.object({ version: z.number(), uses: z.array(packageUseSchema) })),
});
export type PackageUsage = z.infer<typeof packageUsageSchema>;

/** One place in an app's page whose code or input value a publish would break. */
export const affectedCallSchema = z.object({
  /** Where it is written: a widget, an app query, a JS object or a module instance. */
  entity: z.object({
    kind: z.enum(["widget", "query", "jsObject", "moduleInstance"]),
    name: z.string(),
  }),
  /** The property: `onClick`, `source`, `path`, or `inputs.email` of an instance. */
  property: z.string(),
  /** The call as written (`Login1.signin(a, b)`), or the input's value. */
  code: z.string(),
  /** What no longer fits: `signin takes at most 1 argument now, this call passes 2`. */
  problem: z.string(),
});
export type AffectedCall = z.infer<typeof affectedCallSchema>;

/** An app use that a publish would break, and what it would lose. */
export const breakingUseSchema = z.object({
  app: z.object({ id: z.string(), name: z.string() }),
  page: z.object({ id: z.string(), name: z.string() }),
  instance: z.string(),
  source: z.enum(["draft", "deployed"]),
  /**
   * What the new version drops or changes: `module Login`, `function signin`, `input email`,
   * `parameters of signin`, `input limit (now number)`.
   */
  removed: z.array(z.string()),
  /** Each call or input value of the instance on that page that breaks. */
  calls: z.array(affectedCallSchema),
});
export type BreakingUse = z.infer<typeof breakingUseSchema>;

/** The body of `POST /packages/:packageId/publish`; `confirm` publishes despite breaking uses. */
export const publishBodySchema = z.object({ confirm: z.boolean().optional() });
export type PublishBody = z.infer<typeof publishBodySchema>;
