import type { Request, Response } from "express";
import { readCookie } from "../auth/sessionCookie";
import type { VaultOwner } from "./vaultOwner";

/**
 * The vault cookie goes only to the API (run and vault routes), never to pages or scripts:
 * HttpOnly, SameSite=Strict (no other site's page can make a request that carries it),
 * Secure when the request came over HTTPS.
 */
const COOKIE_PATH = "/api/v1";

/** The visitor's session id for this owner, if the browser sent one. */
export function readVaultCookie(req: Request, owner: VaultOwner): string | undefined {
  const value = readCookie(req, owner.cookie);
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}

export function setVaultCookie(
  req: Request,
  res: Response,
  owner: VaultOwner,
  id: string,
  expiresAt: number,
): void {
  res.cookie(owner.cookie, id, {
    httpOnly: true,
    sameSite: "strict",
    secure: req.secure,
    path: COOKIE_PATH,
    expires: new Date(expiresAt),
  });
}

export function clearVaultCookie(req: Request, res: Response, owner: VaultOwner): void {
  res.clearCookie(owner.cookie, {
    httpOnly: true,
    sameSite: "strict",
    secure: req.secure,
    path: COOKIE_PATH,
  });
}
