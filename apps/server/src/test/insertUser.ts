import { newId } from "../store/newId";
import type { UserRecord } from "../store/repositories/users";
import type { Repositories } from "../store/Store";

/**
 * Puts a user straight into the store, for tests below the HTTP API: `fields` over a
 * non-admin with a fresh id, an email made from it and a password hash nothing matches.
 * Resolves with the id.
 */
export async function insertUser(store: Repositories, fields: Partial<UserRecord> = {}): Promise<string> {
  const id = fields.id ?? newId();
  await store.users.insert({
    id,
    email: `${id}@example.com`,
    name: "U",
    passwordHash: "not-a-real-hash",
    isInstanceAdmin: false,
    createdAt: new Date().toISOString(),
    ...fields,
  });
  return id;
}
