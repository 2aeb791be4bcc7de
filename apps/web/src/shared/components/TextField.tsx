import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * A text input inside its label, the way the editor's forms and dialogs lay fields out;
 * `onValue` receives the typed text. Every other prop goes to the input.
 */
export function TextField({
  label,
  onValue,
  ...input
}: { label: ReactNode; onValue: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "onChange"
>) {
  return (
    <label>
      {label}
      <input {...input} onChange={(e) => onValue(e.target.value)} />
    </label>
  );
}
