import type { PropType, PropValue } from "@tessera/model";
import type { ReactNode } from "react";

/** One prop of a widget: its type and the value a freshly dropped widget gets. */
export interface PropSpec<T extends PropType = PropType> {
  type: T;
  default: PropValue<T>;
}

/** A widget's props (or meta) by name. */
export type PropSpecs = Record<string, PropSpec>;

/** The coerced values of `specs`: what a renderer receives. */
export type PropValues<S extends PropSpecs> = { [K in keyof S]: PropValue<S[K]["type"]> };

/** A control of the property pane. `event` edits a trigger such as `{{Login1.signin()}}`. */
export type PaneControl = "text" | "code" | "select" | "switch" | "event";

export interface PaneField {
  /** A key of `props` or, for `event` fields, of `events`. */
  prop: string;
  label: string;
  control: PaneControl;
  /** Choices of a `select` control. */
  options?: { label: string; value: string }[];
  help?: string;
}

export interface PaneSection {
  title: string;
  fields: PaneField[];
}

/** Size in grid units: columns of the 64-column grid, rows of 10 px. */
export interface GridSize {
  w: number;
  h: number;
}

/**
 * A widget type as data: everything the editor (palette, canvas, property pane), the engine
 * (prop types, meta props) and the viewer need, without any React. Build one with
 * `defineWidget` so defaults are checked against their types.
 */
export interface WidgetDefinition<
  P extends PropSpecs = PropSpecs,
  M extends PropSpecs = PropSpecs,
  E extends string = string,
> {
  type: string;
  /** Shown in the palette. */
  label: string;
  /** A short text glyph for the palette; keeps the widget package free of icon assets. */
  icon: string;
  defaultSize: GridSize;
  /** Props an author sets; stored values may be `{{ }}` bindings. */
  props: P;
  /** Values the widget itself changes while the app runs (`Input1.text`), readable by bindings. */
  meta: M;
  /** Trigger props (`onClick`); their stored text runs as code, it is not evaluated as a value. */
  events: readonly E[];
  pane: PaneSection[];
  /**
   * Sections the property pane shows after `pane`, made from the stored props: fields that
   * follow them (one onClick per button column of a Table).
   */
  extraPaneSections?(props: Record<string, unknown>): PaneSection[];
  /** Containers hold child widgets positioned on their own grid. */
  isContainer?: boolean;
  /** False for a type placed by other means than the widget palette (a UI module's instance). */
  inPalette?: boolean;
  /**
   * Set for a container whose children are a template repeated per item (List): the prop
   * holding the items and the meta or prop of the page shown and the page size. The engine
   * then evaluates the children's bindings per item with `currentItem` and `currentIndex`.
   */
  repeat?: { items: string; pageNo?: string; pageSize?: string };
  /**
   * Props the engine evaluates besides the stored ones, made from them when a page is handed
   * to the engine: a Table's `{{currentRow.x}}` computed columns become one binding over its
   * own data. Pure; the result is never stored.
   */
  derivedProps?(name: string, props: Record<string, unknown>): Record<string, unknown>;
  /**
   * Meta keys that start (and restart on reset) as the evaluated value of a prop:
   * `{ text: "defaultText" }` makes an Input start with its default text. Plain data, as the
   * engine applies it in its worker.
   */
  metaFromProps?: Record<string, string>;
  /**
   * Meta values that follow from props and other meta values (an Input's `isValid` follows
   * from its text and rules). Pure, so the host can call it after every change.
   */
  deriveMeta?(props: PropValues<P>, meta: PropValues<M>): Partial<PropValues<M>>;
  /**
   * The shape version of the stored props; a page stored with an older one goes through
   * `migrate` when it is decoded. Starts at 1 (a widget stored without a version is at 1).
   */
  version?: number;
  /**
   * Brings stored props from `fromVersion` to `version`: one step per version, like the page
   * document's own migrations. Stored props are untrusted, so read them defensively.
   */
  migrate?(props: Record<string, unknown>, fromVersion: number): Record<string, unknown>;
}

/**
 * Any widget definition, as lists and lookups hold them. `deriveMeta` is a method, so a
 * definition of specific props still fits here.
 */
export type AnyWidgetDefinition = WidgetDefinition;

/**
 * Declares a widget type, inferring its prop and meta types so defaults, `deriveMeta` and the
 * renderer's props are checked.
 * @example export const dividerDefinition = defineWidget({ type: "Divider", props: { ... }, ... });
 */
export function defineWidget<
  const P extends Record<string, PropType>,
  const M extends Record<string, PropType>,
  const E extends string = never,
>(
  definition: WidgetDefinition<{ [K in keyof P]: PropSpec<P[K]> }, { [K in keyof M]: PropSpec<M[K]> }, E>,
): WidgetDefinition<{ [K in keyof P]: PropSpec<P[K]> }, { [K in keyof M]: PropSpec<M[K]> }, E> {
  return definition;
}

/** An event a renderer may run: a declared one, or a member of a declared family (`onClick:*`). */
export type EventName<E extends string> = E extends `${infer Family}*` ? `${Family}${string}` : E;

/** What a renderer receives from its host (the viewer, or the editor's canvas). */
export interface WidgetRendererProps<D extends AnyWidgetDefinition = AnyWidgetDefinition> {
  /** The widget's name on the page (`Input1`): the accessible name when it has no label. */
  name: string;
  /** Evaluated props, coerced to their declared types. */
  props: PropValues<D["props"]>;
  /** The widget's meta values, coerced to their declared types. */
  meta: PropValues<D["meta"]>;
  setMeta: (values: Partial<PropValues<D["meta"]>>) => void;
  /**
   * Runs the widget's handler for an event; resolves when the handler settled (also when it
   * failed: the host reports failures). Resolves at once when no handler is set. `locals` are
   * names the handler sees besides the page's: a List runs onItemClick with
   * `{ currentItem, currentIndex }`, a Table a button column's `onClick:<key>` with
   * `{ currentRow, currentIndex }`.
   */
  runEvent: (event: EventName<D["events"][number]>, locals?: Record<string, unknown>) => Promise<void>;
  /** True when the container or form the widget sits in holds an invalid input. */
  parentInvalid: boolean;
  /**
   * True on the editor's canvas: a widget that shows over the page when it runs (a Modal)
   * shows in place, so its children can be arranged.
   */
  editing?: boolean;
  /** Child widgets of a container, already positioned. */
  children?: ReactNode;
  /**
   * The children placed in one part of a container of several (a Tabs widget's tab, by its
   * value), on a grid of their own; `slots` are all its parts, for `isInSlot`. Hosts pass it
   * to every container.
   */
  renderSlot?: (slot: string, slots: readonly string[]) => ReactNode;
  /**
   * A repeating widget's (List's) template for one item of the page it shows, `row` counted
   * from that page's first item, with that item's values; the template's event handlers see
   * `locals` (`{ currentItem, currentIndex }`). The viewer passes it; the canvas does not,
   * and the template then shows once, as `children`, with the first item's values.
   */
  renderItem?: (row: number, locals: Record<string, unknown>) => ReactNode;
}
