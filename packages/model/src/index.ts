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
export { appNavigationSchema, appSettingsOf, appSettingsSchema, DEFAULT_APP_SETTINGS } from "./appSettings";
export type { LoginBody, SignupBody, User } from "./auth";
export { emailSchema, loginBodySchema, signupBodySchema, userSchema } from "./auth";
/** Widget prop types and the one rule that brings a value to them, for engine and widgets alike. */
export type { CoercedProp } from "./coerceProp";
export { coerceProp } from "./coerceProp";
export type {
  DatabaseSchema,
  Datasource,
  DatasourceBody,
  DatasourceKindName,
  DatasourceTestResult,
  DatasourceUpdateResult,
  GraphqlDatasource,
  GraphqlDatasourceBody,
  PostgresDatasource,
  PostgresDatasourceBody,
  PostgresSslMode,
  RestDatasource,
  RestDatasourceBody,
} from "./datasource";
export {
  databaseSchemaSchema,
  datasourceBodySchema,
  datasourceHeaderInputSchema,
  datasourceSchema,
  datasourceTestResultSchema,
  datasourceUpdateResultSchema,
  graphqlDatasourceBodySchema,
  graphqlDatasourceSchema,
  postgresDatasourceBodySchema,
  postgresDatasourceSchema,
  postgresSslModeSchema,
  restDatasourceBodySchema,
  restDatasourceSchema,
} from "./datasource";
export type {
  DeploymentSnapshot,
  ViewerApp,
  ViewerModuleQuery,
  ViewerPackage,
  ViewerPage,
  ViewerQuery,
} from "./deployment";
export {
  deploymentSnapshotSchema,
  viewerAppSchema,
  viewerModuleQuerySchema,
  viewerPackageSchema,
  viewerPageSchema,
  viewerQuerySchema,
} from "./deployment";
export type { DeploymentChanges, ModuleVersionChange, NamedChanges } from "./deploymentChanges";
export { deploymentChanges, deploymentChangesSchema, hasDeploymentChanges } from "./deploymentChanges";
export { isEventProp } from "./eventProps";
export { displayNameSchema, identifierSchema, idSchema, slugify, slugSchema } from "./identifier";
export type { DraftModule, JsModule, ModuleBody, ModuleSaveBody, QueryModule } from "./module";
export {
  draftModuleSchema,
  jsModuleBodySchema,
  moduleBodySchema,
  moduleSaveBodySchema,
  queryModuleBodySchema,
} from "./module";
export type { Package, PackageBody, PackageVersion } from "./package";
export { packageBodySchema, packageSchema, packageVersionSchema } from "./package";
export type {
  BreakingUse,
  ModuleChange,
  PackageChangeSummary,
  PackageUsage,
  PackageUse,
  PublishBody,
} from "./packageUsage";
export {
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
export type { EnumPropType, PropOption, PropType, PropValue } from "./propTypes";
export { enumPropType } from "./propTypes";
export type {
  GraphqlQueryConfig,
  HttpMethod,
  ModuleInput,
  PostgresQueryConfig,
  QueryConfig,
  QueryKind,
  RestQueryConfig,
} from "./query";
export {
  graphqlQueryConfigSchema,
  httpMethodSchema,
  moduleInputSchema,
  postgresQueryConfigSchema,
  queryConfigSchema,
  restQueryConfigSchema,
} from "./query";
/** The one walker of a query config's `{{ }}` texts, per kind: list, rewrite, empty config. */
export { emptyQueryConfig, mapQueryConfigBindings, queryConfigBindings } from "./queryKinds";
export type { RunBody, RunResult, SqlRunResult } from "./run";
export { bindingValuesSchema, runBodySchema, runResultSchema, sqlRunResultSchema } from "./run";
export type { ImportMissing, ImportResult } from "./transfer";
export { importMissingSchema, importResultSchema } from "./transfer";
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
