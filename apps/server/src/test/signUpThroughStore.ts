import { hashPassword } from "../auth/passwordHasher";
import { SESSION_COOKIE } from "../auth/sessionCookie";
import { createSession } from "../auth/sessionStore";
import { newId } from "../db/newId";
import { signUp } from "./signUp";
import type { TestClient } from "./TestClient";
import { type TestServer, testStoreKind } from "./testServer";

let counter = 0;

/**
 * A fresh signed-in user for `client`, as `signUp` returns it. On PostgreSQL the user and
 * the session are made through the store's repositories, because sign-up itself still writes
 * through the SQLite handle; on SQLite this is `signUp`, through the API.
 */
export async function signUpThroughStore(server: TestServer, client: TestClient, name = "Test User") {
  if (testStoreKind() === "sqlite") return signUp(client, name);
  counter += 1;
  const user = {
    id: newId(),
    email: `store-user${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    name,
    isInstanceAdmin: false,
    password: "correct-horse-1",
  };
  await server.store.users.insert({
    ...user,
    passwordHash: await hashPassword(user.password, server.config.passwordHashCost),
    createdAt: new Date().toISOString(),
  });
  const session = await createSession(server.store, user.id, server.config.sessionTtlMs);
  client.setCookie(SESSION_COOKIE, session.token);
  return user;
}
