import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";

/**
 * Refuses to create an account for an invitation's email when one exists already (made after
 * the invitation was sent): its owner signs in and opens the link again to join with it.
 */
export function assertNoAccount(db: Db, email: string): void {
  if (db.prepare("SELECT 1 FROM users WHERE email = ?").get(email)) {
    throw conflict(
      "account_exists",
      `An account for ${email} exists already: sign in with it, then open this invitation link again`,
    );
  }
}
