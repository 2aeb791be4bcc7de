export { findMemberRole } from "./access/findMemberRole";
export { roleAtLeast } from "./access/roles";
export { workspaceOfResource } from "./access/workspaceOfResource";
export { createApp } from "./app";
export type { AppContext } from "./appContext";
export type { LoginLimiter } from "./auth/loginLimiter";
export { createLoginLimiter } from "./auth/loginLimiter";
export { hashPassword, verifyPassword } from "./auth/passwordHasher";
export { SESSION_COOKIE } from "./auth/sessionCookie";
export type { SessionUser } from "./auth/sessionUser";
export { sessionUserOf } from "./auth/sessionUser";
export { appCreator } from "./commands/appCreator";
export { appDeployer } from "./commands/appDeployer";
export { datasourceCreator } from "./commands/datasourceCreator";
export { moduleCreator } from "./commands/moduleCreator";
export { moduleUpdater } from "./commands/moduleUpdater";
export { packageCreator } from "./commands/packageCreator";
export { packagePublisher } from "./commands/packagePublisher";
export { pageCreator } from "./commands/pageCreator";
export { pageDocSaver } from "./commands/pageDocSaver";
export { userCreator } from "./commands/userCreator";
export { workspaceCreator } from "./commands/workspaceCreator";
export type { ServerConfig } from "./config/loadConfig";
export { loadConfig } from "./config/loadConfig";
export type { RunnableDatasource } from "./datasources/loadDatasourceForRun";
export { loadDatasourceForRun } from "./datasources/loadDatasourceForRun";
export {
  ApiError,
  badRequest,
  conflict,
  forbidden,
  notFound,
  staleRevision,
  tooManyRequests,
  unauthenticated,
} from "./errors";
export { createLogger } from "./logging/createLogger";
export { originCheck } from "./middlewares/originCheck";
export { sessionLoader } from "./middlewares/sessionLoader";
export type { ApiRegistry, AuthRequirement, OperationRecord } from "./registry/apiRegistry";
export { createApiRegistry } from "./registry/apiRegistry";
export type { RouteContext, RouteDefinition } from "./registry/route";
export { route } from "./registry/route";
export type { SecretBox } from "./secrets/createSecretBox";
export { createSecretBox } from "./secrets/createSecretBox";
export { loadSecretKey } from "./secrets/loadSecretKey";
export type { DemoCredentials, DemoSeed } from "./seed/seedDemo";
export { seedDemo } from "./seed/seedDemo";
export { newId } from "./store/newId";
