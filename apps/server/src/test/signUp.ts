import { expect } from "vitest";
import type { TestClient } from "./TestClient";

let counter = 0;

/** Signs a client up as a fresh user and returns the user. */
export async function signUp(client: TestClient, name = "Test User") {
  counter += 1;
  const email = `user${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await client.post("/api/v1/auth/signup", { email, password: "correct-horse-1", name });
  expect(res.status).toBe(201);
  return { ...res.body.user, password: "correct-horse-1" } as {
    id: string;
    email: string;
    name: string;
    isInstanceAdmin: boolean;
    password: string;
  };
}
