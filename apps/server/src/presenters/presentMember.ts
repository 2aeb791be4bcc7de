import type { Member } from "@tessera/model";
import type { MemberRecord } from "../store/repositories/workspaces";

/** A workspace member as the raw SQLite handle reads it (invitations, until it moves to the store). */
export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Member["role"];
  created_at: string;
}

/** A workspace member: the user's public fields, role and when they joined. */
export function presentMember(member: MemberRecord | MemberRow): Member {
  if ("user_id" in member) {
    return {
      userId: member.user_id,
      email: member.email,
      name: member.name,
      role: member.role,
      joinedAt: member.created_at,
    };
  }
  return {
    userId: member.userId,
    email: member.email,
    name: member.name,
    role: member.role,
    joinedAt: member.createdAt,
  };
}
