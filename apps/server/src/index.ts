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
export type { ServerConfig } from "./config/loadConfig";
export { loadConfig } from "./config/loadConfig";
export { migrate } from "./db/migrate";
export { newId } from "./db/newId";
export type { Db } from "./db/openDatabase";
export { openDatabase } from "./db/openDatabase";
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
export { seedDemo } from "./seed/seedDemo";
