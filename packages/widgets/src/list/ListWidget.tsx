import { pageOfItems } from "@tessera/model";
import type { KeyboardEvent } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { listDefinition } from "./listDefinition";

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
    void runEvent("onItemClick", { currentItem: shown.items[row], currentIndex: index });
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
              {renderItem(row, { currentItem: shown.items[row], currentIndex: shown.firstIndex + row })}
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
