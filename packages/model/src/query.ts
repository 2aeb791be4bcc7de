import { z } from "zod";
import { identifierSchema } from "./identifier";

/** Every module input type, in the order an editor offers them. */
export const MODULE_INPUT_TYPES = ["text", "number", "boolean", "object", "array", "any"] as const;

/** The declared type of a module input. */
export type ModuleInputType = (typeof MODULE_INPUT_TYPES)[number];

/**
 * The type of a module input; a value of another type is refused when the module runs (the
 * engine's moduleInputValue.ts holds the rule of input values).
 */
export const moduleInputTypeSchema = z.enum(MODULE_INPUT_TYPES);

/**
 * A named input of a module, read in it as `{{inputs.name}}` (query modules) or `inputs.name`
 * (JS modules). Inputs stored before types existed read as optional and of type `any`.
 */
export const moduleInputSchema = z.object({
  name: identifierSchema,
  type: moduleInputTypeSchema.default("any"),
  /** A run without a value for it (after the default) is refused. */
  required: z.boolean().default(false),
  /**
   * Used when the caller passes none; plain text (converted to the type: `5`, `true`, JSON),
   * or a `{{ }}` binding evaluated in the module.
   */
  defaultValue: z.string().max(10_000).default(""),
  /** Shown to the app author beside the input. */
  description: z.string().max(1_000).default(""),
});
export type ModuleInput = z.infer<typeof moduleInputSchema>;
