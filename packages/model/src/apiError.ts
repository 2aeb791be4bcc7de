import { z } from "zod";

/** Every API error: `{ error: { code, message, path? } }` with a stable code. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    path: z.string().optional(),
    /** The current revision, on a 409 for a stale save. */
    revision: z.number().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
