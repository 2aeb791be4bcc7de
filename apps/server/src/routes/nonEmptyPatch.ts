import type { z } from "zod";

/**
 * A PATCH body schema that refuses an empty change: `{}` (or only unknown keys, which zod
 * strips) is a client mistake worth a 400, not a silent no-op.
 */
export function nonEmptyPatch<T extends z.ZodObject>(schema: T) {
  return schema.refine((value) => Object.values(value as object).some((v) => v !== undefined), {
    message: "must change at least one field",
  });
}
