/**
 * True for a widget prop that holds handler code rather than a value: one of the type's
 * `events`, or a member of a family the list names with a trailing `*` (a Table's
 * `onClick:*` covers `onClick:edit`, one per button column). Engine and hosts ask this alike.
 * @example isEventProp(["onRowSelected", "onClick:*"], "onClick:edit") // true
 */
export function isEventProp(events: readonly string[], prop: string): boolean {
  return events.some((event) => (event.endsWith("*") ? prop.startsWith(event.slice(0, -1)) : event === prop));
}

/**
 * Handler props are named `on` + an event (`onClick`, `onRowSelected`, a Table's
 * `onClick:edit`), and no value prop is: what code without the widget definitions at hand may
 * tell them apart by (the widgets' definitions.test checks every type keeps to it).
 */
export const EVENT_PROP_NAME = /^on[A-Z]/;
