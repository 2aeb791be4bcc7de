import { z } from "zod";
import { displayNameSchema } from "./identifier";

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("must be an email address"));

export const signupBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(8, "must be at least 8 characters").max(256),
  name: displayNameSchema,
});
export type SignupBody = z.infer<typeof signupBodySchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** What `GET /api/v1/auth/me` answers. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isInstanceAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;
