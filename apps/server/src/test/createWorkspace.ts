import { expect } from "vitest";
import type { TestClient } from "./TestClient";

/** Creates a workspace as the client's user (who becomes its admin) and returns it. */
export async function createWorkspace(
  client: TestClient,
  name = "Team",
): Promise<{ id: string; name: string }> {
  const res = await client.post("/api/v1/workspaces", { name });
  expect(res.status).toBe(201);
  return res.body.workspace;
}

/** Adds `email` to a workspace with a role, as the admin client. */
export async function addMember(
  admin: TestClient,
  workspaceId: string,
  email: string,
  role: "admin" | "developer" | "viewer",
): Promise<void> {
  const res = await admin.post(`/api/v1/workspaces/${workspaceId}/members`, { email, role });
  expect(res.status).toBe(201);
}
