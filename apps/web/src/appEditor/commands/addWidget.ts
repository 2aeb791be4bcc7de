import type { PageDoc, Widget } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";
import { clampInt, GRID_COLUMNS, MAX_ROW } from "./grid";

export interface AddWidgetArgs {
  id: string;
  type: string;
  /** Grid position inside the parent; clamped so the widget fits the 64 columns. */
  x: number;
  y: number;
  parentId?: string | null;
  /** The part of the parent it goes in (a Tabs widget's tab); absent for the first or only one. */
  slot?: string;
  /** Default size and props, from the widget's definition in @tessera/widgets. */
  defaults: { w: number; h: number; props: Record<string, unknown>; version?: number };
  /** What the name is numbered after, when not the type: a UI module's name (LoginForm1). */
  namePrefix?: string;
  /** The UI module a `UiModule` widget is pinned to. */
  module?: Widget["module"];
}

/**
 * Drops a new widget on the page, named after its type (or `namePrefix`) with the first free
 * number (Text1, Input1, Input2, Button1, LoginForm1). An unknown parent falls back to the page.
 */
export function addWidget(doc: PageDoc, args: AddWidgetArgs): PageDoc {
  const parentId = args.parentId && doc.widgets.some((w) => w.id === args.parentId) ? args.parentId : null;
  const w = clampInt(args.defaults.w, 1, GRID_COLUMNS);
  const widget: Widget = {
    id: args.id,
    name: nextEntityName(args.namePrefix ?? args.type, entityNames(doc)),
    type: args.type,
    parentId,
    layout: {
      x: clampInt(args.x, 0, GRID_COLUMNS - w),
      y: clampInt(args.y, 0, MAX_ROW),
      w,
      h: Math.max(1, Math.round(args.defaults.h)),
    },
    props: structuredClone(args.defaults.props),
    ...(parentId !== null && args.slot ? { slot: args.slot } : {}),
    // Stored with its props' shape version, so a later version of the widget migrates it.
    ...(args.defaults.version && args.defaults.version > 1 ? { version: args.defaults.version } : {}),
    ...(args.module ? { module: { ...args.module } } : {}),
  };
  return { ...doc, widgets: [...doc.widgets, widget] };
}
