import { type KeyboardEvent, useId, useRef } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { tabsDefinition } from "./tabsDefinition";

/**
 * Tabs as the WAI-ARIA tabs pattern: a tablist whose tabs move with the arrow keys, Home and
 * End (automatic activation), and one tabpanel holding the selected tab's widgets.
 */
export function TabsWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
  renderSlot,
}: WidgetRendererProps<typeof tabsDefinition>) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const { tabs } = props;
  const selected = meta.selectedTab;
  const selectedIndex = Math.max(
    0,
    tabs.findIndex((tab) => tab.value === selected),
  );

  const select = (index: number, focus: boolean) => {
    const tab = tabs[index];
    if (!tab) return;
    if (focus) list.current?.querySelectorAll<HTMLElement>("[role=tab]")[index]?.focus();
    if (tab.value === selected) return;
    setMeta({ selectedTab: tab.value, selectedTabLabel: tab.label });
    void runEvent("onTabSelected");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: selectedIndex === last ? 0 : selectedIndex + 1,
      ArrowLeft: selectedIndex === 0 ? last : selectedIndex - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next, true);
  };

  const current = tabs[selectedIndex];
  return (
    <div className="tw-tabs" style={{ background: props.backgroundColor || undefined }}>
      <div className="tw-tablist" role="tablist" aria-label={name} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            className="tw-tab"
            aria-selected={index === selectedIndex}
            aria-controls={`${id}-panel`}
            tabIndex={index === selectedIndex ? 0 : -1}
            onClick={() => select(index, false)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current ? (
        <div
          className="tw-tabpanel"
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-tab-${selectedIndex}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the tabs pattern makes the panel a tab stop
          tabIndex={0}
        >
          {renderSlot?.(
            current.value,
            tabs.map((tab) => tab.value),
          )}
        </div>
      ) : (
        <p className="tw-empty">No tabs: add some in the Tabs property</p>
      )}
    </div>
  );
}
