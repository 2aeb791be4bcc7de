import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict, forbidden } from "../errors";
import type { UserRow } from "../presenters/presentUser";

/**
 * Throws when an account for `email` may not be created now: sign-ups are closed (after the
 * first account) or the email is taken. Returns how many accounts exist. Cheap, so sign-up
 * calls it before spending a password hash, and userCreator again inside its transaction.
 */
export function assertUserCreatable(db: Db, input: { email: string; signupEnabled: boolean }): number {
  const { count } = db.prepare("SELECT COUNT(*) AS count FROM users").get() as { count: number };
  if (count > 0 && !input.signupEnabled)
    throw forbidden("Sign-ups are disabled on this instance", "signup_disabled");
  if (db.prepare("SELECT 1 FROM users WHERE email = ?").get(input.email)) {
    throw conflict("email_taken", "An account with this email exists", { path: "body.email" });
  }
  return count;
}

/**
 * Creates an account. The first account of an install becomes instance admin; later ones
 * need sign-ups enabled. The count and the insert share one transaction so two concurrent
 * first sign-ups cannot both become admin.
 */
export function userCreator(
  db: Db,
  input: { email: string; name: string; passwordHash: string; signupEnabled: boolean },
): UserRow {
  return db.transaction(() => {
    const count = assertUserCreatable(db, input);
    const row: UserRow = {
      id: newId(),
      email: input.email,
      name: input.name,
      password_hash: input.passwordHash,
      is_instance_admin: count === 0 ? 1 : 0,
      created_at: new Date().toISOString(),
    };
    db.prepare(
      `INSERT INTO users (id, email, name, password_hash, is_instance_admin, created_at)
       VALUES (@id, @email, @name, @password_hash, @is_instance_admin, @created_at)`,
    ).run(row);
    return row;
  })();
}
