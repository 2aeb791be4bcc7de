import { type InputHTMLAttributes, useId } from "react";
import type { FieldError } from "./datasourceFormState";

/**
 * One field of a datasource form: label, input and, when the last save or check refused this
 * field, the reason under it, tied to the input for screen readers.
 */
export function DatasourceField({
  label,
  field,
  error,
  onValue,
  ...input
}: {
  label: string;
  /** The body's key this field edits, matched against `error.field`. */
  field: string;
  error: FieldError | null;
  onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "onChange">) {
  const errorId = useId();
  const failed = error?.field === field;
  // The message sits outside the label so the field's name stays its label alone.
  return (
    <>
      <label>
        {label}
        <input
          {...input}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? errorId : undefined}
          onChange={(e) => onValue(e.target.value)}
        />
      </label>
      {failed && <FieldErrorText id={errorId} error={error} />}
    </>
  );
}

/** The message of a refused field, announced when it appears. */
export function FieldErrorText({ id, error }: { id?: string; error: FieldError }) {
  return (
    <span id={id} className="error field-error" role="alert">
      {error.message}
    </span>
  );
}
