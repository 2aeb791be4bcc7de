import type { RuntimePage } from "./types";

/**
 * A text of code that may reach `appsmith.vault`: it names the vault, or uses `appsmith` other
 * than through the members that are not it (`appsmith.store.token` may not; `appsmith`
 * passed whole may).
 */
const VAULT_READ = /\bvault\b|\bappsmith\b(?!\s*\.\s*(?:store|URL|user|mode)\b)/;

/**
 * True when any code of the page (bindings, handlers, JS objects, module code and inputs) may
 * read the visitor's vault key names. A page for which it is false can be evaluated before
 * they are known: nothing it shows depends on them. Errs towards true, by the text alone.
 */
export function mayReadVault(
  page: Pick<RuntimePage, "widgets" | "queries" | "jsObjects" | "moduleInstances">,
): boolean {
  const reads = (value: unknown): boolean => {
    if (typeof value === "string") return VAULT_READ.test(value);
    if (Array.isArray(value)) return value.some(reads);
    if (typeof value === "object" && value !== null) return Object.values(value).some(reads);
    return false;
  };
  return (
    page.widgets.some((widget) => reads(widget.props)) ||
    page.queries.some((query) => reads(query.bindings)) ||
    page.jsObjects.some((js) => reads(js.source)) ||
    page.moduleInstances.some(reads)
  );
}
