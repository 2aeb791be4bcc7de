/** A problem to underline in a {@link CodeEditorProps.value}, 1-based like editors show them. */
export interface CodeMarker {
  message: string;
  severity: "error" | "warning";
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A name offered by completion: `sign_in`, `storeValue`, `inputs`. */
export interface CodeCompletion {
  label: string;
  kind: "function" | "variable" | "module" | "property" | "table" | "column";
  /** Short type or signature shown beside the label: `(key, value) => void`. */
  detail?: string;
  documentation?: string;
  /** Text to insert instead of the label. */
  insertText?: string;
  /**
   * Offered only right after `qualifier.` (a column after its table's name, `users.`); an item
   * without one is offered everywhere else.
   */
  qualifier?: string;
}

/** The languages the editor edits: `pgsql` is Monaco's PostgreSQL dialect of SQL. */
export type CodeLanguage = "javascript" | "json" | "pgsql" | "graphql";

/** Props of the lazily loaded Monaco editor. */
export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: CodeLanguage;
  /** The accessible name of the editor's text area. */
  "aria-label": string;
  markers?: CodeMarker[];
  /** Top-level names to offer in completion, besides the language's own. */
  completions?: CodeCompletion[];
  /**
   * TypeScript declarations describing the globals the code sees (`declare const sign_in: ...`),
   * so member completion and signature help work: `sign_in.run(`.
   */
  declarations?: string;
  readOnly?: boolean;
  /** Height of the editor; it fills its container's width. */
  height?: number | string;
  /** Runs on Ctrl/Cmd+S inside the editor, which Monaco would otherwise swallow. */
  onSave?: () => void;
}
