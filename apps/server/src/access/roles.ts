import type { Role } from "@tessera/model";

const RANK: Record<Role, number> = { viewer: 1, developer: 2, admin: 3 };

/** True when `role` may do what `required` may: admin > developer > viewer. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
