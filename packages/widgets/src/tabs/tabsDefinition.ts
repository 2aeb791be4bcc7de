import { defineWidget } from "../WidgetDefinition";
import { selectedTabOf } from "./selectedTabOf";

/**
 * Tabs: a container of several parts, one per tab, showing one at a time. Each child widget
 * sits in one tab (its `slot` is the tab's value); `selectedTab` is the value of the tab shown.
 */
export const tabsDefinition = defineWidget({
  type: "Tabs",
  label: "Tabs",
  icon: "⊟",
  defaultSize: { w: 32, h: 40 },
  props: {
    tabs: {
      type: "options",
      default: [
        { label: "Tab 1", value: "tab1" },
        { label: "Tab 2", value: "tab2" },
      ],
    },
    defaultTab: { type: "text", default: "tab1" },
    backgroundColor: { type: "color", default: "#ffffff" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    selectedTab: { type: "text", default: "" },
    selectedTabLabel: { type: "text", default: "" },
  },
  events: ["onTabSelected"],
  isContainer: true,
  pane: [
    {
      title: "Content",
      fields: [
        {
          prop: "tabs",
          label: "Tabs",
          control: "code",
          help: 'An array of { label, value }, such as [{"label":"Details","value":"details"}]',
        },
        { prop: "defaultTab", label: "Default tab", control: "text", help: "The value (or label) of a tab" },
      ],
    },
    {
      title: "General",
      fields: [
        { prop: "backgroundColor", label: "Background", control: "text" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [{ prop: "onTabSelected", label: "onTabSelected", control: "event" }],
    },
  ],
  metaFromProps: { selectedTab: "defaultTab" },
  deriveMeta: (props, meta) => {
    const selectedTab = selectedTabOf(props.tabs, meta.selectedTab);
    const selectedTabLabel = props.tabs.find((tab) => tab.value === selectedTab)?.label ?? "";
    return { selectedTab, selectedTabLabel };
  },
});
