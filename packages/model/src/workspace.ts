import { z } from "zod";
import { emailSchema } from "./auth";
import { displayNameSchema } from "./identifier";

export const roleSchema = z.enum(["admin", "developer", "viewer"]);
export type Role = z.infer<typeof roleSchema>;

export const workspaceBodySchema = z.object({ name: displayNameSchema });
export type WorkspaceBody = z.infer<typeof workspaceBodySchema>;

export const inviteMemberBodySchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteMemberBody = z.infer<typeof inviteMemberBodySchema>;

export const workspaceSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type Member = z.infer<typeof memberSchema>;
