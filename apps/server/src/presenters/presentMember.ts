import type { Member } from "@tessera/model";
import type { MemberRecord } from "../store/repositories/workspaces";

/** A workspace member: the user's public fields, role and when they joined. */
export function presentMember(member: MemberRecord): Member {
  return {
    userId: member.userId,
    email: member.email,
    name: member.name,
    role: member.role,
    joinedAt: member.createdAt,
  };
}
