import { type KeyboardEvent, useId, useRef } from "react";
import { injectStyle } from "../injectStyle";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { tabsDefinition } from "./tabsDefinition";

injectStyle(
  "tabs",
  `.tw-tabs{display:flex;flex-direction:column;width:100%;height:100%;border:1px solid #e1e4e8;border-radius:6px;box-sizing:border-box;overflow:hidden}
.tw-tablist{display:flex;gap:2px;border-bottom:1px solid #e1e4e8;padding:0 6px;flex:none;overflow-x:auto}
.tw-tab{font:inherit;background:none;border:0;border-bottom:2px solid transparent;padding:8px 12px;cursor:pointer;color:#4b5563;white-space:nowrap}
.tw-tab[aria-selected="true"]{border-bottom-color:#2563eb;color:#111827;font-weight:600}
.tw-tab:focus-visible{outline:2px solid #2563eb;outline-offset:-2px}
.tw-tabpanel{position:relative;flex:1;min-height:0;overflow:auto}
.tw-tabpanel>*{height:100%}`,
);

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
          {renderSlot?.(current.value, selectedIndex === 0)}
        </div>
      ) : (
        <p className="tw-empty">No tabs: add some in the Tabs property</p>
      )}
    </div>
  );
}
