import { z } from "zod";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { openApiDocument } from "../../registry/openApiDocument";
import { route } from "../../registry/route";

/** Health check and the OpenAPI document. */
export function systemRoutes(api: ApiRegistry): void {
  const { store } = api.context;
  route(api, {
    method: "get",
    path: "/api/health",
    summary: "Liveness: answers while the process and its database work",
    auth: "public",
    response: z.object({ ok: z.literal(true) }),
    handler: async () => {
      await store.version();
      return { ok: true };
    },
  });

  let document: unknown;
  route(api, {
    method: "get",
    path: "/api/openapi.json",
    summary: "This API, as OpenAPI 3.1 generated from its zod schemas",
    auth: "public",
    handler: () => {
      // Built on first use: every route is registered by then, and the schemas never change.
      document ??= openApiDocument(api.operations, { title: "Tessera API", version: "1" });
      return document;
    },
  });
}
