import { z } from "zod";

/** A name that user code can refer to: `sign_in`, `Login1`, `Input2` (ASCII only, so no control characters). */
export const identifierSchema = z
  .string()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(
    /^[A-Za-z_$][A-Za-z0-9_$]*$/,
    "must be an identifier (letters, digits, _ or $, not starting with a digit)",
  );

/**
 * Server-generated ids are opaque strings. None holds a control character, and PostgreSQL
 * text cannot hold NUL at all: such an id is refused here rather than by the database.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^\P{Cc}*$/u, "must not contain control characters");

/** A URL-safe slug for apps and pages: `login-app`, `loginpage`. */
export const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single dashes");

/**
 * C0 and C1 control characters and DEL: invisible in the UI, and NUL or ESC cut or steer text
 * in logs and terminals. Names refuse them; free text (bodies, code, values) keeps them.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** A name or key of at most `max` characters without control characters. */
export function plainTextSchema(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTER.test(text), "must not contain control characters");
}

/** Human-facing names of workspaces, packages, apps, datasources and pages. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100)
  .refine((text) => !CONTROL_CHARACTER.test(text), "must not contain control characters");

/** Turns a display name into a slug: "Login App" -> "login-app". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/g, "");
  return slug || "untitled";
}
