import type { Role } from "@tessera/model";
import type { Request, Response } from "express";
import type { z } from "zod";
import { roleAtLeast } from "../access/roles";
import { resourceLabel, workspaceOfResource } from "../access/workspaceOfResource";
import type { AppContext } from "../appContext";
import { type SessionUser, sessionUserOf } from "../auth/sessionUser";
import { badRequest, clipText, forbidden, notFound, unauthenticated } from "../errors";
import type { ApiRegistry, AuthRequirement, HttpVerb } from "./apiRegistry";
import { sendJson } from "./sendJson";

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** What a handler receives: parsed input, the caller, and the app's services. */
export interface RouteContext<P, Q, B, A extends AuthRequirement> {
  req: Request;
  res: Response;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  user: A extends "public" ? SessionUser | null : SessionUser;
  /** The workspace the resource belongs to and the caller's role in it (member routes only). */
  membership: A extends `member:${string}` ? { workspaceId: string; role: Role } : null;
  app: AppContext;
}

/** An operation: where, who, the zod schemas of its input, and the handler. */
export interface RouteDefinition<
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  A extends AuthRequirement,
> {
  method: HttpVerb;
  /** Express path, e.g. `/api/v1/packages/:packageId`. */
  path: string;
  summary: string;
  tags?: string[];
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Success status (200 by default); a handler returning undefined answers 204. */
  status?: number;
  /** Documents the success body in the OpenAPI output. */
  response?: z.ZodType;
  handler: (ctx: RouteContext<P, Q, B, A>) => unknown;
}

/** Parses input with a schema, or throws 400 naming the failing path (`body.emails.2: ...`). */
export function parseOrThrow(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map((segment) => clipText(String(segment)))].join(".");
  // zod quotes offending keys and values in some messages (unrecognized keys, literals).
  throw badRequest(`${path}: ${clipText(issue?.message ?? "invalid", 200)}`, "invalid_request", path);
}

/**
 * Adds a validated, access-checked operation to the registry and records it for
 * `GET /api/openapi.json`. The handler's return value is sent as JSON.
 *
 * @example
 * route(api, {
 *   method: "post", path: "/api/v1/workspaces/:workspaceId/packages", summary: "Create a package",
 *   auth: "member:developer", params: workspaceParams, body: packageBodySchema, status: 201,
 *   handler: async ({ body, membership, app }) => ({ package: await packageCreator(app.store, membership.workspaceId, body) }),
 * });
 */
export function route<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  A extends AuthRequirement = AuthRequirement,
>(registry: ApiRegistry, definition: RouteDefinition<P, Q, B, A>): void {
  const status = definition.status ?? 200;
  registry.operations.push({
    method: definition.method,
    path: definition.path,
    summary: definition.summary,
    tags: definition.tags ?? [definition.path.split("/")[3] ?? "api"],
    auth: definition.auth,
    status,
    params: definition.params,
    query: definition.query,
    body: definition.body,
    response: definition.response,
  });

  const handle = async (req: Request, res: Response) => {
    const { store } = registry.context;
    const user = sessionUserOf(res);
    if (definition.auth !== "public" && !user) throw unauthenticated();

    const params = parseOrThrow(definition.params, req.params, "params") as Record<string, unknown>;
    let membership: { workspaceId: string; role: Role } | null = null;
    if (definition.auth.startsWith("member:") && user) {
      const required = definition.auth.slice("member:".length) as Role;
      // One query for both the owning workspace and the caller's role: every member route pays it.
      const { workspaceId, role } = await workspaceOfResource(store, params ?? {}, user.id);
      // Another workspace's resource must be indistinguishable from a missing one.
      if (!role) throw notFound(resourceLabel(params ?? {}));
      if (!roleAtLeast(role, required)) throw forbidden(`This needs the ${required} role`);
      membership = { workspaceId, role };
    }
    const query = parseOrThrow(definition.query, req.query, "query");
    const body = parseOrThrow(definition.body, req.body, "body");

    const result = await definition.handler({
      req,
      res,
      params,
      query,
      body,
      user,
      membership,
      app: registry.context,
    } as RouteContext<P, Q, B, A>);
    if (res.headersSent) return;
    if (registry.context.config.checkResponses && definition.response && result !== undefined) {
      const check = definition.response.safeParse(result);
      if (!check.success) {
        throw new Error(
          `${definition.method.toUpperCase()} ${definition.path} answered outside its response schema: ${check.error.message}`,
        );
      }
    }
    if (result === undefined) res.status(204).end();
    else sendJson(res, status, result);
  };
  registry.router[definition.method](definition.path, handle);
  // Paths without params are also found by one lookup, before the router's walk.
  registry.exact.add(definition.method, definition.path, handle);
}
