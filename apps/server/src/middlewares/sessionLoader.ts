import type { RequestHandler } from "express";
import { readCookie, SESSION_COOKIE } from "../auth/sessionCookie";
import { findSessionUser } from "../auth/sessionStore";
import type { Repositories } from "../store/Store";

/** Puts the session's user on `res.locals.user` when the cookie names a live session. */
export function sessionLoader(repos: Repositories): RequestHandler {
  return (req, res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    // Tokens are 43 base64url characters; anything else cannot match and is not looked up.
    if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return next();
    findSessionUser(repos, token).then((user) => {
      if (user) res.locals.user = user;
      next();
    }, next);
  };
}
