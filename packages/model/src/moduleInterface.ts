import { z } from "zod";
import { moduleInputTypeSchema } from "./query";

/** A function a module offers its callers, with its parameters as the source writes them. */
export const moduleFunctionSchema = z.object({
  name: z.string(),
  /** Each parameter as written: `{ email, password }`, `x = 1`, `...rest`. */
  params: z.array(z.string()),
  /** Arguments a call must pass: the parameters before the first with a default or rest. */
  minArgs: z.number().int().min(0),
  /** Arguments a call may pass; null when a rest parameter takes any number. */
  maxArgs: z.number().int().min(0).nullable(),
});
export type ModuleFunction = z.infer<typeof moduleFunctionSchema>;

/** What an app sees of one module: its inputs and members, never its code or its config. */
export const moduleInterfaceSchema = z.object({
  name: z.string(),
  kind: z.enum(["query", "js", "ui"]),
  inputs: z.array(
    z.object({
      name: z.string(),
      type: moduleInputTypeSchema,
      required: z.boolean(),
      defaultValue: z.string(),
      description: z.string(),
    }),
  ),
  /** JS modules: the functions of `export default { ... }`; query modules: `run` and `clear`. */
  functions: z.array(moduleFunctionSchema),
  /** Members that are values: a JS module's variables, a query's `data`, `isLoading`, ... */
  properties: z.array(z.string()),
  /** UI modules: the values it offers the app (`LoginForm1.email`). Its props are its `inputs`. */
  outputs: z.array(z.object({ name: z.string(), description: z.string() })).default([]),
  /** UI modules: what it tells the app, each wired to an action of the app (`onSignedIn`). */
  events: z.array(z.object({ name: z.string(), description: z.string() })).default([]),
});
export type ModuleInterface = z.infer<typeof moduleInterfaceSchema>;

/**
 * `GET /packages/:packageId/versions/:version/interface`: the interface a published version
 * offers, what the app editor completes an instance's members and inputs from.
 */
export const packageInterfaceSchema = z.object({
  packageId: z.string(),
  version: z.number().int().min(1),
  modules: z.array(moduleInterfaceSchema),
});
export type PackageInterface = z.infer<typeof packageInterfaceSchema>;
