import type { CodeSource } from "../compile/CompiledCode";
import { formatError, isThenable } from "../evaluation/formatError";
import { withBudget } from "../sandbox/budget";
import { compileScoped } from "../sandbox/compileScoped";
import { createScope, type ScopeLookup } from "../sandbox/createScope";

/** A JS object or module instance made live: the entity user code sees, and what it reads. */
export interface JsEntity {
  /** `this` of its functions; holds the functions and the variables (state until reload). */
  entity: Record<string, unknown>;
  functions: { name: string; reads: string[] }[];
  variables: string[];
  /** Errors by `Entity.member` path; `Entity.body` for a source that does not parse. */
  errors: Record<string, string>;
}

/** What the entity needs from the runtime around it. */
export interface JsEntityContext {
  /** The names its code sees (`Input1`, `storeValue`, or inside a module `sign_in`, `inputs`). */
  scope: ScopeLookup;
  /** Turns a path read by its code into a graph path (`sign_in.data` -> `Login1/sign_in.data`). */
  mapPath: (path: string) => string;
  /** True while a binding is evaluated: functions must then return a value, not a Promise. */
  inBinding: () => boolean;
  /** Limit for evaluating the variables' initial values. */
  initMs: number;
  /** A function's `.data` (its last result from a handler) changed, at this path. */
  dataChanged: (path: string) => void;
  /** Where the analysed source comes from (parsed now, or compiled at deploy). */
  code: CodeSource;
}

/**
 * Builds the entity of an analysed `export default { ... }`: each variable is evaluated once, on
 * its own so one failing initializer does not take the others down; the functions are bound
 * to the entity, whatever way they are called.
 */
export function createJsEntity(name: string, source: string, context: JsEntityContext): JsEntity {
  const result: JsEntity = { entity: {}, functions: [], variables: [], errors: {} };
  const parsed = context.code.jsObject(name, source);
  if ("error" in parsed) {
    result.errors[`${name}.body`] = parsed.error;
    return result;
  }
  const target = result.entity;
  const scope = createScope(context.scope);
  const mapReads = (paths: string[]) =>
    paths.map((path) =>
      path === "this" || path.startsWith("this.") ? name + path.slice(4) : context.mapPath(path),
    );

  const functions = parsed.functions;
  if (functions.length > 0) {
    try {
      const build = compileScoped(
        `return {\n${functions.map((member) => member.code).join(",\n")}\n};`,
        scope,
        false,
      );
      // Arrow members take `this` from here: calling the builder on the entity makes it theirs.
      const raw = build.call(target) as Record<string, (...args: unknown[]) => unknown>;
      for (const member of functions) {
        target[member.name] = bindMember(target, raw[member.name], `${name}.${member.name}`, context);
        result.functions.push({ name: member.name, reads: mapReads(member.reads) });
      }
    } catch (error) {
      result.errors[`${name}.body`] = formatError(error);
    }
  }

  for (const member of parsed.variables) {
    result.variables.push(member.name);
    try {
      const init = compileScoped(`return (${member.code}\n);`, scope, false);
      target[member.name] = withBudget(context.initMs, `${name}.${member.name}`, () => init.call(target));
    } catch (error) {
      target[member.name] = undefined;
      result.errors[`${name}.${member.name}`] = formatError(error);
    }
  }
  return result;
}

/**
 * Binds a member function to its entity (Appsmith's `this` is always the object), refuses a
 * Promise where a binding needs a value now, and keeps the last result of a call made from a
 * handler as `fn.data`, as Appsmith does, so a binding can show what an async function loaded.
 */
function bindMember(
  target: Record<string, unknown>,
  fn: (...args: unknown[]) => unknown,
  label: string,
  context: Pick<JsEntityContext, "inBinding" | "dataChanged">,
): (...args: unknown[]) => unknown {
  const member = Object.assign(
    (...args: unknown[]) => {
      const value = fn.apply(target, args);
      if (context.inBinding()) {
        if (!isThenable(value)) return value;
        // The rejection, if any, belongs to nobody now; keep it from surfacing as unhandled.
        Promise.resolve(value).catch(() => {});
        throw new Error(
          `${label} returns a Promise, but a binding needs a value now: run async functions from an event handler`,
        );
      }
      if (isThenable(value)) {
        Promise.resolve(value).then(
          (result) => setData(result),
          () => {},
        );
      } else setData(value);
      return value;
    },
    { data: undefined as unknown },
  );
  const setData = (result: unknown) => {
    if (member.data === result) return;
    member.data = result;
    context.dataChanged(`${label}.data`);
  };
  return member;
}
