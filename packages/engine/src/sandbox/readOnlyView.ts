/**
 * A view of an entity that user code can read but not write: widget, query and `appsmith`
 * properties change through the engine (meta, runs, storeValue), or nothing would re-evaluate.
 * Shallow: the engine replaces values rather than mutating them, so one level is the contract.
 */
export function readOnlyView<T extends object>(entity: T, name: string): T {
  const refuse = (key: string | symbol): never => {
    throw new TypeError(
      `${name}.${String(key)} cannot be changed from code: use storeValue, a JS object variable or resetWidget`,
    );
  };
  return new Proxy(entity, {
    set: (_target, key) => refuse(key),
    deleteProperty: (_target, key) => refuse(key),
    defineProperty: (_target, key) => refuse(key),
  });
}
