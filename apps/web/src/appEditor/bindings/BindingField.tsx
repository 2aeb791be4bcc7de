import { useEffect, useRef, useState } from "react";
import type { BindingEditor } from "./createBindingEditor";
import { usePageCode } from "./PageCodeContext";

// CodeMirror loads on the first binding field, in its own chunk: only the editor uses it.
let editorModule: Promise<typeof import("./createBindingEditor")> | null = null;
const loadEditor = () => {
  editorModule ??= import("./createBindingEditor");
  return editorModule;
};

export interface BindingFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name: the field's label. */
  label: string;
  /**
   * Ids of the texts that describe the field (its problems). Keep it the same while the field
   * lives, whether the text is shown or not: a new one makes a new editor.
   */
  describedBy?: string;
  /** Event code is checked as a handler; anything else by its `{{ }}` bindings. */
  mode: "binding" | "event";
  multiline?: boolean;
  placeholder?: string;
}

/**
 * A small code field for a property value: CodeMirror with completion and checks of the open
 * page's names. Until CodeMirror has loaded, the value shows read-only; should it fail to
 * load, a plain text area keeps the field usable.
 */
export function BindingField(props: BindingFieldProps) {
  const { entities } = usePageCode();
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<BindingEditor | null>(null);
  const latest = useRef({ props, entities });
  latest.current = { props, entities };
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const { label, describedBy, mode, multiline = false, placeholder } = props;

  useEffect(() => {
    let cancelled = false;
    loadEditor().then(
      ({ createBindingEditor }) => {
        if (cancelled || !hostRef.current) return;
        editorRef.current = createBindingEditor({
          parent: hostRef.current,
          value: latest.current.props.value,
          label,
          describedBy,
          mode,
          multiline,
          placeholder,
          entities: () => latest.current.entities,
          onChange: (value) => latest.current.props.onChange(value),
        });
        setState("ready");
      },
      () => {
        if (!cancelled) setState("failed");
      },
    );
    return () => {
      cancelled = true;
      editorRef.current?.destroy();
      editorRef.current = null;
    };
  }, [label, describedBy, mode, multiline, placeholder]);

  useEffect(() => editorRef.current?.setValue(props.value), [props.value]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new entity list is the reason to check again
  useEffect(() => editorRef.current?.entitiesChanged(), [entities]);

  if (state === "failed")
    return (
      <textarea
        className="ae-binding-fallback"
        aria-label={label}
        aria-describedby={describedBy}
        value={props.value}
        rows={multiline ? 3 : 1}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
    );
  return (
    <div className="ae-binding-field" data-binding-field={mode}>
      <div ref={hostRef} />
      {state === "loading" ? (
        <pre className="ae-binding-loading" aria-hidden="true">
          {props.value || "\u200b"}
        </pre>
      ) : null}
    </div>
  );
}
