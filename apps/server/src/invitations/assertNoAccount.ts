import { conflict } from "../errors";
import type { Repositories } from "../store/Store";

/**
 * Refuses to create an account for an invitation's email when one exists already (made after
 * the invitation was sent): its owner signs in and opens the link again to join with it.
 */
export async function assertNoAccount(repos: Repositories, email: string): Promise<void> {
  if (await repos.users.findIdByEmail(email)) {
    throw conflict(
      "account_exists",
      `An account for ${email} exists already: sign in with it, then open this invitation link again`,
    );
  }
}
