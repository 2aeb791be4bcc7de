import type { Member, Role } from "@tessera/model";

/** A workspace member as stored: the membership row joined with the user's public fields. */
export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: string;
}

/** A workspace member: the user's public fields, role and when they joined. */
export function presentMember(row: MemberRow): Member {
  return { userId: row.user_id, email: row.email, name: row.name, role: row.role, joinedAt: row.created_at };
}
