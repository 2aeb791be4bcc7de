import { hasBindings } from "@tessera/engine";
import { codeProblems } from "@tessera/model";
import type { PaneField } from "@tessera/widgets";
import { useId, useMemo, useState } from "react";
import { BindingField } from "../bindings/BindingField";
import { usePageCode } from "../bindings/PageCodeContext";
import { EventField } from "../events/EventField";
import { formatEvaluated } from "./formatEvaluated";

export interface PropertyFieldProps {
  field: PaneField;
  /** The stored value: static, or text with `{{ }}` bindings. */
  value: unknown;
  /** The evaluated value, when the evaluator has run; absent for event handlers. */
  evaluated?: { value: unknown } | undefined;
  error?: string;
  onChange: (value: unknown) => void;
}

/** Text shown in a text control for a stored value of any type. */
function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * One property-pane field. Every field takes a static value or `{{ }}` binding text, typed in
 * a code field with completion of the page's names: select and switch fields have a "JS"
 * toggle to type a binding instead, event fields an action picker. Below the field: problems
 * found in its references as they are typed, the evaluated value of a binding and any
 * evaluation error.
 */
export function PropertyField({ field, value, evaluated, error, onChange }: PropertyFieldProps) {
  const id = useId();
  const bound = hasBindings(value);
  const [codeMode, setCodeMode] = useState(bound);
  const asCode =
    field.control === "text" || field.control === "code" || field.control === "event" || codeMode || bound;
  const toggleable = field.control === "select" || field.control === "switch";
  const showEvaluated = evaluated !== undefined && (bound || field.control === "code");
  const mode = field.control === "event" ? "event" : "binding";
  const text = asText(value);
  const { entities } = usePageCode();
  const problems = useMemo(
    () =>
      asCode && (mode === "event" || text.includes("{{"))
        ? // A binding's syntax error is the evaluation error below: listed once.
          codeProblems(text, mode, entities).filter((p) => mode === "event" || p.kind !== "syntax")
        : [],
    [asCode, mode, text, entities],
  );
  const problemsId = `${id}-problems`;

  let control: React.ReactNode;
  if (field.control === "event") {
    control = <EventField label={field.label} value={text} describedBy={problemsId} onChange={onChange} />;
  } else if (asCode) {
    control = (
      <BindingField
        label={field.label}
        value={text}
        mode="binding"
        multiline={field.control === "code"}
        describedBy={problemsId}
        onChange={onChange}
      />
    );
  } else if (field.control === "select") {
    control = (
      <select id={id} value={asText(value)} onChange={(e) => onChange(e.target.value)}>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
    );
  }

  return (
    <div className="ae-field" data-prop={field.prop}>
      <span className="ae-field-label">
        {asCode ? <span>{field.label}</span> : <label htmlFor={id}>{field.label}</label>}
        {toggleable ? (
          <button
            type="button"
            className="ae-small-button"
            aria-pressed={codeMode || bound}
            aria-label={`Write ${field.label} as code`}
            disabled={bound}
            onClick={() => setCodeMode((on) => !on)}
          >
            JS
          </button>
        ) : null}
      </span>
      {control}
      {field.help ? <span className="ae-hint">{field.help}</span> : null}
      {asCode ? (
        // Always there, so a screen reader hears a problem appear while the author types.
        <div aria-live="polite">
          {problems.length > 0 ? (
            <ul id={problemsId} className="ae-field-problems" aria-label={`Problems in ${field.label}`}>
              {problems.map((problem) => (
                <li key={problem.message}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {showEvaluated ? (
        <output className="ae-evaluated" aria-label={`Evaluated ${field.label}`}>
          {formatEvaluated(evaluated.value)}
        </output>
      ) : null}
      {error ? <span className="ae-field-error">{error}</span> : null}
    </div>
  );
}
