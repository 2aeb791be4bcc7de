import type { User } from "@tessera/model";
import type { UserRecord } from "../store/repositories/users";

/** A user as the API shows it: never the password hash. */
export function presentUser(user: Pick<UserRecord, "id" | "email" | "name" | "isInstanceAdmin">): User {
  return { id: user.id, email: user.email, name: user.name, isInstanceAdmin: user.isInstanceAdmin };
}
