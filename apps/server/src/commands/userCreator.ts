import { conflict, forbidden } from "../errors";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { UserRecord } from "../store/repositories/users";
import type { Repositories, Store } from "../store/Store";

type UserInput = { email: string; name: string; passwordHash: string; signupEnabled: boolean };

/**
 * Throws when an account for `email` may not be created now: sign-ups are closed (after the
 * first account) or the email is taken. Returns how many accounts exist. Cheap, so sign-up
 * calls it before spending a password hash, and userCreator again inside its transaction.
 */
export async function assertUserCreatable(
  repos: Repositories,
  input: { email: string; signupEnabled: boolean },
): Promise<number> {
  const count = await repos.users.count();
  return assertCreatable(
    count,
    count > 0 && (await repos.users.findIdByEmail(input.email)) !== undefined,
    input,
  );
}

function assertCreatable(count: number, emailTaken: boolean, input: { signupEnabled: boolean }): number {
  if (count > 0 && !input.signupEnabled)
    throw forbidden("Sign-ups are disabled on this instance", "signup_disabled");
  if (emailTaken) throw conflict("email_taken", "An account with this email exists", { path: "body.email" });
  return count;
}

/**
 * Creates an account. The first account of an install becomes instance admin; later ones
 * need sign-ups enabled. Account creations wait for each other (users.lockCreation) and the
 * count and the insert share one transaction, so two concurrent first sign-ups cannot both
 * become admin.
 */
export function userCreator(target: Store | Repositories, input: UserInput): Promise<UserRecord> {
  const user = (count: number): UserRecord => ({
    id: newId(),
    email: input.email,
    name: input.name,
    passwordHash: input.passwordHash,
    isInstanceAdmin: count === 0,
    createdAt: new Date().toISOString(),
  });
  return inTransaction(target, async (tx) => {
    await tx.users.lockCreation();
    const record = user(await assertUserCreatable(tx, input));
    await tx.users.insert(record);
    return record;
  });
}
