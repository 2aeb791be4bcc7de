import { expect } from "vitest";
import type { TestClient } from "./TestClient";

/** Creates a REST datasource with one secret `apikey` header holding `secret`. */
export async function createDatasource(
  client: TestClient,
  workspaceId: string,
  secret: string,
  baseUrl = "http://127.0.0.1:9/auth/v1",
): Promise<{ id: string; headers: Record<string, unknown>[] }> {
  const res = await client.post(`/api/v1/workspaces/${workspaceId}/datasources`, {
    name: "Auth API",
    baseUrl,
    headers: [
      { name: "apikey", value: secret, secret: true },
      { name: "Accept", value: "application/json" },
    ],
  });
  expect(res.status).toBe(201);
  return res.body.datasource;
}
