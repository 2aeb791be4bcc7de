/**
 * True for a widget prop that holds handler code rather than a value: one of the type's
 * `events`, or a member of a family the list names with a trailing `*` (a Table's
 * `onClick:*` covers `onClick:edit`, one per button column). Engine and hosts ask this alike.
 * @example isEventProp(["onRowSelected", "onClick:*"], "onClick:edit") // true
 */
export function isEventProp(events: readonly string[], prop: string): boolean {
  return events.some((event) => (event.endsWith("*") ? prop.startsWith(event.slice(0, -1)) : event === prop));
}
