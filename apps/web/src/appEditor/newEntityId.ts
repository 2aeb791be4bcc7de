/**
 * A fresh id for a widget, query, JS object or module instance of a page doc. Ids are
 * opaque and made in the browser, as a page doc is saved whole.
 */
export function newEntityId(): string {
  return crypto.randomUUID();
}
