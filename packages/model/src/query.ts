import { z } from "zod";
import { identifierSchema } from "./identifier";

/** A named input of a module, read in it as `{{inputs.name}}`. */
export const moduleInputSchema = z.object({
  name: identifierSchema,
  /** Used when the caller passes none; plain text, or a `{{ }}` binding evaluated in the module. */
  defaultValue: z.string().max(10_000).default(""),
});
export type ModuleInput = z.infer<typeof moduleInputSchema>;
