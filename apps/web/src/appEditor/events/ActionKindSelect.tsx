import { useId } from "react";
import { type EventActionKind, eventActionKinds } from "./eventActions";

/** The picker's choice of an action kind; `none` names the choice of no action, when there is one. */
export function ActionKindSelect({
  label,
  value,
  onChange,
  none,
}: {
  label: string;
  value: EventActionKind | "";
  onChange: (kind: EventActionKind | "") => void;
  none?: string;
}) {
  const id = useId();
  return (
    <div className="ae-action-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as EventActionKind | "")}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {eventActionKinds.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
    </div>
  );
}
