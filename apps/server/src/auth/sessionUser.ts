import type { User } from "@tessera/model";
import type { Response } from "express";

/** The signed-in user of a request, put on `res.locals` by the session middleware. */
export type SessionUser = User;

/** The signed-in user of this request, or null. */
export function sessionUserOf(res: Response): SessionUser | null {
  return (res.locals.user as SessionUser | undefined) ?? null;
}
