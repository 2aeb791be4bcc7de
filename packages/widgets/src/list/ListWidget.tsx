import { pageOfItems } from "@tessera/model";
import type { KeyboardEvent } from "react";
import { injectStyle } from "../injectStyle";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { listDefinition } from "./listDefinition";

injectStyle(
  "list",
  `.tw-list{display:flex;flex-direction:column;width:100%;height:100%;border:1px solid #e1e4e8;border-radius:6px;box-sizing:border-box;overflow:hidden}
.tw-list-items{list-style:none;margin:0;padding:0;flex:1;min-height:0;overflow:auto}
.tw-list-item{position:relative;cursor:pointer;border-bottom:1px solid #f0f1f3}
.tw-list-item[aria-current="true"]{background:#eff6ff}
.tw-list-item:focus-visible{outline:2px solid #2563eb;outline-offset:-2px}
.tw-list-template{position:relative;flex:1;min-height:0}
.tw-list-template>*{height:100%}
.tw-list-pages{display:flex;align-items:center;justify-content:flex-end;gap:8px;padding:4px 8px;border-top:1px solid #e1e4e8;font-size:13px;flex:none}`,
);

/**
 * The List's items, each its template drawn by the host for that item. Clicking an item (or
 * Enter on it) selects it and runs onItemClick with it as `currentItem`. On the canvas, where
 * the host draws no items, the template shows once for editing.
 */
export function ListWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
  children,
  renderItem,
}: WidgetRendererProps<typeof listDefinition>) {
  const style = { background: props.backgroundColor || undefined };
  if (!renderItem) {
    return (
      <div className="tw-list" style={style}>
        <div className="tw-list-template">{children}</div>
      </div>
    );
  }
  const shown = pageOfItems(props.listData, meta.pageNo, props.pageSize);
  const page = shown.pageNo;

  const pick = (row: number) => {
    const index = shown.firstIndex + row;
    setMeta({ selectedItem: shown.items[row], selectedItemIndex: index });
    void runEvent("onItemClick", row);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, row: number) => {
    if (event.target !== event.currentTarget || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    pick(row);
  };

  return (
    <div className="tw-list" style={style}>
      {shown.items.length === 0 ? (
        <p className="tw-empty">{props.emptyText}</p>
      ) : (
        <ul className="tw-list-items" aria-label={name}>
          {shown.items.map((_item, row) => (
            <li
              // Items have no identity of their own; the row is what the host draws by.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={row}
              className="tw-list-item"
              aria-current={meta.selectedItemIndex === shown.firstIndex + row ? "true" : undefined}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: an item is picked from the keyboard too; it may hold buttons, so it cannot be one
              tabIndex={0}
              onClick={() => pick(row)}
              onKeyDown={(event) => onKeyDown(event, row)}
            >
              {renderItem(row)}
            </li>
          ))}
        </ul>
      )}
      {shown.pageCount > 1 ? (
        <nav className="tw-list-pages" aria-label={`${name} pages`}>
          <button
            type="button"
            className="tw-button tw-button-secondary"
            disabled={page <= 1}
            onClick={() => setMeta({ pageNo: page - 1 })}
          >
            Previous
          </button>
          <span aria-live="polite">
            Page {page} of {shown.pageCount}
          </span>
          <button
            type="button"
            className="tw-button tw-button-secondary"
            disabled={page >= shown.pageCount}
            onClick={() => setMeta({ pageNo: page + 1 })}
          >
            Next
          </button>
        </nav>
      ) : null}
    </div>
  );
}
