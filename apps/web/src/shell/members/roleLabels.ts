import type { Role } from "@tessera/model";

/** The roles in the order the menus offer them, with what each may do, for labels and hints. */
export const roleLabels: Record<Role, { label: string; can: string }> = {
  admin: { label: "Admin", can: "manage members and the workspace, and build" },
  developer: { label: "Developer", can: "build apps, packages and datasources" },
  viewer: { label: "Viewer", can: "open deployed apps" },
};

export const roles = Object.keys(roleLabels) as Role[];
