/**
 * True when a child whose `slot` is `childSlot` shows in part `slot` of a container whose
 * parts are `slots` (a Tabs widget's tab values): its own part, or the first part for a child
 * placed in none or in one since removed, so no widget is ever out of reach.
 * @example isInSlot(undefined, "details", ["details", "orders"]) // true
 */
export function isInSlot(childSlot: string | undefined, slot: string, slots: readonly string[]): boolean {
  if (childSlot === slot) return true;
  return slot === slots[0] && (childSlot === undefined || !slots.includes(childSlot));
}
