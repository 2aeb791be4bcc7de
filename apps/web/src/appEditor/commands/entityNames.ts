import type { PageDoc } from "@tessera/model";

/**
 * Names that code on a page can already refer to. Widgets, queries, JS objects and module
 * instances share one namespace in the data tree, so a new name must avoid all of them.
 */
export function entityNames(doc: PageDoc): Set<string> {
  return new Set([
    ...doc.widgets.map((w) => w.name),
    ...doc.queries.map((q) => q.name),
    ...doc.jsObjects.map((j) => j.name),
    ...doc.moduleInstances.map((m) => m.name),
  ]);
}

/** Globals of the runtime that an entity must not shadow. */
const RESERVED = new Set(["appsmith", "inputs", "this", "window", "document", "Math", "JSON", "Date"]);

/** True when `name` is free for a new or renamed entity of the page. */
export function isNameFree(doc: PageDoc, name: string): boolean {
  return !RESERVED.has(name) && !entityNames(doc).has(name);
}

/**
 * The first free name `<prefix><n>` with n >= 1: Input1, Input2, ... Gaps are not reused
 * before the highest number, as authors expect Button3 after Button1 and Button2 even when
 * Button1 was deleted in between.
 */
export function nextEntityName(prefix: string, taken: ReadonlySet<string>): string {
  const base = identifierPrefix(prefix);
  const pattern = new RegExp(`^${base.replace(/\$/g, "\\$")}(\\d+)$`);
  let highest = 0;
  for (const name of taken) {
    const match = pattern.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let n = highest + 1;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** Turns a widget type or module name into a valid identifier prefix: "text" -> "Text". */
function identifierPrefix(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9_$]/g, "");
  const prefix = cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
  return /^[A-Za-z_$]/.test(prefix) ? prefix : `W${prefix}`;
}
