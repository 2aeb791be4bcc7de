import { signUp } from "./signUp";
import type { TestClient } from "./TestClient";
import type { TestServer } from "./testServer";

/**
 * `signUp`, kept for the tests written while sign-up still needed the SQLite handle: it
 * works on every store now. Use `signUp(client)`; this goes once no test calls it.
 */
export function signUpThroughStore(_server: TestServer, client: TestClient, name = "Test User") {
  return signUp(client, name);
}
