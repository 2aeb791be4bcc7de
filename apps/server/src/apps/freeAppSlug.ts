import type { Repositories } from "../store/Store";
import { uniqueSlug } from "./uniqueSlug";

/**
 * `base`, or the first of `base-2`, `base-3`... no app has, in one query. Every candidate
 * starts with `base`'s first 16 characters (trailing dashes dropped), since uniqueSlug only
 * cuts `base` to make room for a suffix of at most a few digits.
 */
export async function freeAppSlug(repos: Repositories, base: string): Promise<string> {
  const taken = await repos.apps.listSlugsStartingWith(base.slice(0, 16).replace(/-+$/, ""));
  return uniqueSlug(base, (slug) => taken.has(slug));
}
