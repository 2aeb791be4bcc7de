import { z } from "zod";
import type { OperationRecord } from "./apiRegistry";

type JsonSchema = Record<string, unknown>;

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // Transforms have no JSON Schema form; documenting them as "any" beats failing the whole doc.
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input") as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/** Express `/apps/:appId` -> OpenAPI `/apps/{appId}`. */
function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

const ERROR_RESPONSE = {
  description: "An error: { error: { code, message, path?, revision? } }",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              path: { type: "string" },
              revision: { type: "number" },
            },
            required: ["code", "message"],
          },
        },
        required: ["error"],
      },
    },
  },
};

/**
 * Builds the OpenAPI 3.1 document from the recorded operations, so the docs are generated
 * from the very zod schemas that validate requests.
 */
export function openApiDocument(operations: OperationRecord[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = openApiPath(op.path);
    paths[path] ??= {};
    const success: Record<string, unknown> = { description: "Success" };
    if (op.response) {
      success.content = { "application/json": { schema: jsonSchemaOf(op.response, "output") } };
    }
    paths[path][op.method] = {
      operationId: `${op.method}${path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string) => (c ? c.toUpperCase() : ""))}`,
      summary: op.summary,
      tags: op.tags,
      "x-auth": op.auth,
      ...(op.auth === "public" ? { security: [] } : {}),
      parameters: [...parametersOf(op.params, "path"), ...parametersOf(op.query, "query")],
      ...(op.body
        ? {
            requestBody: {
              // An operation whose body may be left out (e.g. publish's optional options).
              required: !op.body.safeParse(undefined).success,
              content: { "application/json": { schema: jsonSchemaOf(op.body, "input") } },
            },
          }
        : {}),
      responses: { [String(op.status === 204 ? 204 : op.status)]: success, default: ERROR_RESPONSE },
    };
  }
  return {
    openapi: "3.1.0",
    info,
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "tessera_session" } },
    },
    security: [{ session: [] }],
    paths,
  };
}
