export type { ApiError } from "./apiError";
export { apiErrorSchema } from "./apiError";
export type { App, AppBody, Page, PageBody, PageDocSaveBody, PageDraft, PageUpdateBody } from "./app";
export {
  appBodySchema,
  appSchema,
  pageBodySchema,
  pageDocSaveBodySchema,
  pageDraftSchema,
  pageSchema,
  pageUpdateBodySchema,
} from "./app";
export type { AppNavigation, AppSettings } from "./appSettings";
export { appNavigationSchema, appSettingsOf, appSettingsSchema } from "./appSettings";
export type { LoginBody, SignupBody, User } from "./auth";
export { emailSchema, loginBodySchema, signupBodySchema, userSchema } from "./auth";
export type { CodeProblem } from "./codeProblems";
/** Reference checks of page code against the page's entities, before anything runs. */
export { codeProblems } from "./codeProblems";
/** Widget prop types and the one rule that brings a value to them, for engine and widgets alike. */
export type { CoercedProp } from "./coerceProp";
export { coerceProp, describeValue } from "./coerceProp";
export type { EngineWidgets } from "./compileSnapshotCode";
export { COMPILED_CODE_VERSION, compileSnapshotCode, moduleInstancesOf } from "./compileSnapshotCode";
export type { DatabaseSchema, DatasourceTestResult, DatasourceUpdateResult } from "./datasource";
export { databaseSchemaSchema, datasourceTestResultSchema, datasourceUpdateResultSchema } from "./datasource";
export { DEFAULT_APP_SETTINGS } from "./defaultAppSettings";
export type {
  DeploymentSnapshot,
  ViewerApp,
  ViewerModuleQuery,
  ViewerPackage,
  ViewerPage,
  ViewerQuery,
} from "./deployment";
export {
  compiledCodeSchema,
  deploymentSnapshotSchema,
  viewerAppSchema,
  viewerModuleQuerySchema,
  viewerPackageSchema,
  viewerPageSchema,
  viewerQuerySchema,
} from "./deployment";
export type { DeploymentChanges, ModuleVersionChange, NamedChanges } from "./deploymentChanges";
export { deploymentChanges, deploymentChangesSchema, hasDeploymentChanges } from "./deploymentChanges";
export {
  entryPageFor,
  entryPagesOf,
  hasPageLoadActions,
  needsEngineOnOpen,
  pageByTarget,
} from "./entryPages";
export { EVENT_PROP_NAME, isEventProp } from "./eventProps";
/** UI module instances laid out as plain widgets, JS objects and module instances. */
export { expandUiModules, moduleInstanceNamed, UI_MODULE_SEPARATOR, uiModuleOf } from "./expandUiModules";
export { displayNameSchema, identifierSchema, idSchema, slugify, slugSchema } from "./identifier";
/** The names (currentItem, currentIndex) a List's template and events see, for the checks. */
export { ITEM_LOCALS, itemLocalsOf, withLocalEntities } from "./itemLocals";
/**
 * Datasource kinds, one file each under kinds/: the unions on `kind` of datasources and query
 * configs, and each kind's own schemas through `modelKinds` and the `...Of<K>` types.
 */
export type {
  Datasource,
  DatasourceBody,
  DatasourceBodyOf,
  DatasourceKindName,
  DatasourceOf,
  QueryConfig,
  QueryConfigOf,
  QueryKind,
} from "./kinds";
export { datasourceBodySchema, datasourceSchema, modelKinds, queryConfigSchema } from "./kinds";
export type { GraphqlDatasource, GraphqlDatasourceBody, GraphqlQueryConfig } from "./kinds/graphql";
export {
  graphqlDatasourceBodySchema,
  graphqlDatasourceSchema,
  graphqlQueryConfigSchema,
} from "./kinds/graphql";
export { datasourceHeaderInputSchema } from "./kinds/httpFields";
export type {
  PostgresDatasource,
  PostgresDatasourceBody,
  PostgresQueryConfig,
  PostgresSslMode,
} from "./kinds/postgres";
export {
  postgresDatasourceBodySchema,
  postgresDatasourceSchema,
  postgresQueryConfigSchema,
  postgresSslModeSchema,
} from "./kinds/postgres";
export type { HttpMethod, RestDatasource, RestDatasourceBody, RestQueryConfig } from "./kinds/rest";
export {
  httpMethodSchema,
  restDatasourceBodySchema,
  restDatasourceSchema,
  restQueryConfigSchema,
} from "./kinds/rest";
export type {
  DraftModule,
  JsModule,
  ModuleBody,
  ModuleSaveBody,
  QueryModule,
  UiModule,
  UiModuleEvent,
  UiModuleOutput,
} from "./module";
export {
  draftModuleSchema,
  jsModuleBodySchema,
  moduleBodySchema,
  moduleSaveBodySchema,
  queryModuleBodySchema,
  uiModuleBodySchema,
  uiModuleEventSchema,
  uiModuleOutputSchema,
} from "./module";
export type { ModuleFunction, ModuleInterface, PackageInterface } from "./moduleInterface";
export { moduleFunctionSchema, moduleInterfaceSchema, packageInterfaceSchema } from "./moduleInterface";
/** Every pinned module use of a page: module instances and UI modules' widgets. */
export type { ModulePin } from "./modulePins";
export { modulePinsOf } from "./modulePins";
export type { Package, PackageBody, PackageVersion } from "./package";
export { packageBodySchema, packageSchema, packageVersionSchema } from "./package";
export type {
  AffectedCall,
  BreakingUse,
  ModuleChange,
  PackageChangeSummary,
  PackageUsage,
  PackageUse,
  PublishBody,
} from "./packageUsage";
export {
  affectedCallSchema,
  breakingUseSchema,
  moduleChangeSchema,
  packageChangeSummarySchema,
  packageUsageSchema,
  packageUseSchema,
  publishBodySchema,
} from "./packageUsage";
export type { AppQuery, JsObject, Layout, ModuleInstance, PageDoc, Widget } from "./page";
export {
  appQuerySchema,
  emptyPageDoc,
  jsObjectSchema,
  layoutSchema,
  migratePageDoc,
  moduleInstanceSchema,
  PAGE_DOC_SCHEMA_VERSION,
  pageDocSchema,
  widgetSchema,
} from "./page";
/** Every piece of code in a page, and where: what the publish check reads. */
export type { PageCodeText } from "./pageCodeTexts";
export { pageCodeTexts } from "./pageCodeTexts";
export type { EntityFacts, EntityMember, PageEntities, PageEntitiesContext } from "./pageEntities";
/** What each name of a page's code has: properties, functions and their parameters. */
export { pageEntities } from "./pageEntities";
/** The page of a paged list's items that a List shows and the engine evaluates. */
export type { ItemsPage } from "./pageOfItems";
export { pageOfItems } from "./pageOfItems";
export type { PageProblem } from "./pageProblems";
export { pageProblems } from "./pageProblems";
export type { EnumPropType, PropOption, PropType, PropValue } from "./propTypes";
export { enumPropType } from "./propTypes";
export type { ModuleInput, ModuleInputType } from "./query";
export { MODULE_INPUT_TYPES, moduleInputSchema, moduleInputTypeSchema } from "./query";
export { queryBindingProblems } from "./queryBindingProblems";
/** The one walker of a query config's `{{ }}` texts, per kind: list, rewrite, empty config. */
export {
  browserBindings,
  emptyQueryConfig,
  mapQueryConfigBindings,
  queryConfigBindings,
  vaultKeysOf,
} from "./queryKinds";
/** Renaming identifiers in code and in the `{{ }}` of values, strings and properties kept. */
export { renameInBindings, renameInCode, renameNamesInBindings, renameNamesInCode } from "./renameCode";
export type { RunBody, RunResult, SqlRunResult } from "./run";
export { bindingValuesSchema, runBodySchema, runResultSchema, sqlRunResultSchema } from "./run";
export type { ImportMissing, ImportResult } from "./transfer";
export { importMissingSchema, importResultSchema } from "./transfer";
export { UI_MODULE_WIDGET_TYPE } from "./uiModuleWidgetType";
/** The visitor's app session: kept response fields, read by queries as `{{vault.x}}`. */
export type { VaultRefresh, VaultScope, VaultState } from "./vault";
export {
  keptVaultKeys,
  refreshActionConflict,
  refreshActionsOf,
  vaultKeepSchema,
  vaultKeyOf,
  vaultKeySchema,
  vaultRefreshSchema,
  vaultScopeSchema,
  vaultStateSchema,
} from "./vault";
export { EMBEDDED_APP_ID } from "./viewerHtml";
/** A package version reduced to what a viewer receives. */
export { viewerPackageOf } from "./viewerPackageOf";
/** A page with its document (snapshot or draft), and its reduction to what a viewer receives. */
export type { PageWithDoc } from "./viewerPageOf";
export { viewerPageOf } from "./viewerPageOf";
export type {
  AcceptInvitationBody,
  Invitation,
  InvitationPreview,
  InviteBody,
  InviteMemberBody,
  InviteOutcome,
  Member,
  Role,
  Workspace,
  WorkspaceBody,
} from "./workspace";
export {
  acceptInvitationBodySchema,
  invitationPreviewSchema,
  invitationSchema,
  inviteBodySchema,
  inviteMemberBodySchema,
  inviteOutcomeSchema,
  memberSchema,
  roleSchema,
  workspaceBodySchema,
  workspaceSchema,
} from "./workspace";
