import { type Compilable, type CompiledQuery, SelectQueryNode } from "kysely";
import type { StoreDb } from "./dialect";

/**
 * A SELECT built and compiled once, then run with new values: for the lookups every request
 * pays (the session, the membership), where Kysely's building and compiling would cost
 * several times the lookup itself. `build` must pass its arguments straight to the query as
 * values (no arithmetic, no branching on them): it is called once, with stand-ins. Reads
 * only: a compiled query skips the plugins that bump the PostgreSQL store version.
 *
 * @example
 * const findUser = compiledOnce(db, (hash: string) => db.selectFrom("sessions").selectAll().where("token_hash", "=", hash));
 * const [row] = await findUser(tokenHash);
 */
export function compiledOnce<A extends string[], R>(
  db: StoreDb,
  build: (...args: A) => Compilable<R>,
): (...args: A) => Promise<R[]> {
  let compiled: CompiledQuery<R> | undefined;
  // For each parameter of the compiled query: the index of the argument it takes, or its constant.
  let slots: ({ arg: number } | { value: unknown })[] = [];
  return async (...args: A) => {
    if (!compiled) {
      const standIns = args.map((_, index) => `\u0000compiledOnce:${index}\u0000`) as A;
      compiled = build(...standIns).compile();
      if (!SelectQueryNode.is(compiled.query)) throw new Error("compiledOnce is for SELECT queries only");
      slots = compiled.parameters.map((value) => {
        const arg = standIns.indexOf(value as string);
        return arg >= 0 ? { arg } : { value };
      });
    }
    const parameters = slots.map((slot) => ("arg" in slot ? args[slot.arg] : slot.value));
    const result = await db.executeQuery<R>({ ...compiled, parameters });
    return result.rows;
  };
}
