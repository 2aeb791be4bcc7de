import { hasBindings } from "@tessera/engine";
import type { PaneField } from "@tessera/widgets";
import { useId, useState } from "react";
import { BindingTextArea } from "../../editor/components/BindingTextArea";
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
 * One property-pane field. Every field takes a static value or `{{ }}` binding text: select
 * and switch fields have a "JS" toggle to type a binding instead. Below the field: the
 * evaluated value of a binding and any evaluation error.
 */
export function PropertyField({ field, value, evaluated, error, onChange }: PropertyFieldProps) {
  const id = useId();
  const bound = hasBindings(value);
  const [codeMode, setCodeMode] = useState(bound);
  const useText =
    field.control === "text" || field.control === "code" || field.control === "event" || codeMode || bound;
  const toggleable = field.control === "select" || field.control === "switch";
  const showEvaluated = evaluated !== undefined && (bound || field.control === "code");

  let control: React.ReactNode;
  if (field.control === "event" || (useText && field.control !== "text")) {
    control = (
      <BindingTextArea
        aria-label={field.label}
        value={asText(value)}
        rows={field.control === "event" ? 3 : 2}
        placeholder={field.control === "event" ? "{{Login1.signin()}}" : undefined}
        onChange={onChange}
      />
    );
  } else if (field.control === "text") {
    control = (
      <input
        id={id}
        type="text"
        value={asText(value)}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
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
        {field.control === "event" || (useText && field.control !== "text") ? (
          <span>{field.label}</span>
        ) : (
          <label htmlFor={id}>{field.label}</label>
        )}
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
      {showEvaluated ? (
        <output className="ae-evaluated" aria-label={`Evaluated ${field.label}`}>
          {formatEvaluated(evaluated.value)}
        </output>
      ) : null}
      {error ? <span className="ae-field-error">{error}</span> : null}
    </div>
  );
}
