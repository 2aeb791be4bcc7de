import type { ReactNode } from "react";

/** The value types a widget prop may hold once its bindings are evaluated. */
export type PropType = "string" | "number" | "boolean" | "array" | "object" | "any";

/** One prop of a widget: its type and the value a freshly dropped widget gets. */
export interface PropSpec {
  type: PropType;
  default: unknown;
}

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
 * (prop types, meta props) and the viewer need, without any React.
 */
export interface WidgetDefinition {
  type: string;
  /** Shown in the palette. */
  label: string;
  /** A short text glyph for the palette; keeps the widget package free of icon assets. */
  icon: string;
  defaultSize: GridSize;
  /** Props an author sets; stored values may be `{{ }}` bindings. */
  props: Record<string, PropSpec>;
  /** Values the widget itself changes while the app runs (`Input1.text`), readable by bindings. */
  meta: Record<string, PropSpec>;
  /** Trigger props (`onClick`); their stored text runs as code, it is not evaluated as a value. */
  events: string[];
  pane: PaneSection[];
  /** Containers hold child widgets positioned on their own grid. */
  isContainer?: boolean;
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
  deriveMeta?: (props: Record<string, unknown>, meta: Record<string, unknown>) => Record<string, unknown>;
}

/** What a renderer receives from its host (the viewer, or the editor's canvas). */
export interface WidgetRendererProps {
  /** The widget's name on the page (`Input1`): the accessible name when it has no label. */
  name: string;
  /** Evaluated props, coerced to their declared types. */
  props: Record<string, unknown>;
  meta: Record<string, unknown>;
  setMeta: (values: Record<string, unknown>) => void;
  /**
   * Runs the widget's handler for an event; resolves when the handler settled (also when it
   * failed: the host reports failures). Resolves at once when no handler is set.
   */
  runEvent: (event: string) => Promise<void>;
  /** True when the container or form the widget sits in holds an invalid input. */
  parentInvalid: boolean;
  /** Child widgets of a container, already positioned. */
  children?: ReactNode;
}
