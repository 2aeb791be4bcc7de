/** Entity names by the objects their views wrap, for the error message. */
const names = new WeakMap<object, string>();

const refuse = (target: object, key: string | symbol): never => {
  throw new TypeError(
    `${names.get(target)}.${String(key)} cannot be changed from code: use storeValue, a JS object variable or resetWidget`,
  );
};

// One handler for every view: a page has a view per widget and query, built on every load.
const handler: ProxyHandler<object> = {
  set: (target, key) => refuse(target, key),
  deleteProperty: (target, key) => refuse(target, key),
  defineProperty: (target, key) => refuse(target, key),
};

/**
 * A view of an entity that user code can read but not write: widget, query and `appsmith`
 * properties change through the engine (meta, runs, storeValue), or nothing would re-evaluate.
 * Shallow: the engine replaces values rather than mutating them, so one level is the contract.
 */
export function readOnlyView<T extends object>(entity: T, name: string): T {
  names.set(entity, name);
  return new Proxy(entity, handler) as T;
}
