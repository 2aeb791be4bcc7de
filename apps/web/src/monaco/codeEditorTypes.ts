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
  kind: "function" | "variable" | "module" | "property";
  /** Short type or signature shown beside the label: `(key, value) => void`. */
  detail?: string;
  documentation?: string;
  /** Text to insert instead of the label. */
  insertText?: string;
}

/** Props of the lazily loaded Monaco editor. */
export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: "javascript" | "json";
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
