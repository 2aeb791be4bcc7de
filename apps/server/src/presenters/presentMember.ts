import type { Member, Role } from "@tessera/model";

/** A workspace member: the user's public fields and role. */
export function presentMember(row: { user_id: string; email: string; name: string; role: Role }): Member {
  return { userId: row.user_id, email: row.email, name: row.name, role: row.role };
}
