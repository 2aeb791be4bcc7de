import type { PropOption } from "@tessera/model";

/**
 * The tab a Tabs widget shows: the one asked for, by value or else by label, or the first tab
 * when no tab answers to it (a default naming a tab since removed). Empty without tabs.
 */
export function selectedTabOf(tabs: readonly PropOption[], wanted: string): string {
  const match = tabs.find((tab) => tab.value === wanted) ?? tabs.find((tab) => tab.label === wanted);
  return (match ?? tabs[0])?.value ?? "";
}
