import type { Role } from "@tessera/model";
import { Router } from "express";
import type { z } from "zod";
import type { AppContext } from "../appContext";
import { createExactRoutes, type ExactRoutes } from "./exactRoutes";

/**
 * Who may call an operation:
 * - `public`: anyone (the user is still loaded when signed in);
 * - `user`: any signed-in user (401 otherwise);
 * - `member:<role>`: a member of the workspace owning the resource named in the path
 *   (`workspaceId`, `datasourceId`, `packageId` or `appId`) with at least that role.
 *   Non-members get 404, members with a lower role 403.
 */
export type AuthRequirement = "public" | "user" | `member:${Role}`;

/** One recorded operation: what the OpenAPI document is generated from. */
export interface OperationRecord {
  method: HttpVerb;
  path: string;
  summary: string;
  tags: string[];
  auth: AuthRequirement;
  status: number;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
}

export type HttpVerb = "get" | "post" | "put" | "patch" | "delete";

/** A router whose routes are validated and recorded for the OpenAPI document. */
export interface ApiRegistry {
  router: Router;
  operations: OperationRecord[];
  context: AppContext;
  /** The router's routes without path params, by exact `METHOD /path`: mount its middleware just before `router`. */
  exact: ExactRoutes;
}

/** Makes an empty registry; mount `registry.router` on the app. */
export function createApiRegistry(context: AppContext): ApiRegistry {
  return { router: Router(), operations: [], context, exact: createExactRoutes() };
}
