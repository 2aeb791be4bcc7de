import type { User } from "@tessera/model";

/** A `users` row as stored. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_instance_admin: number;
  created_at: string;
}

/** A user as the API shows it: never the password hash. */
export function presentUser(row: Pick<UserRow, "id" | "email" | "name" | "is_instance_admin">): User {
  return { id: row.id, email: row.email, name: row.name, isInstanceAdmin: row.is_instance_admin === 1 };
}
