import { conflict } from "../errors";

/** 409 slug_taken: another app, in any workspace, has this viewer URL. */
export function slugTaken(slug: string) {
  return conflict("slug_taken", `The app URL /app/${slug} is taken`, { path: "body.slug" });
}
