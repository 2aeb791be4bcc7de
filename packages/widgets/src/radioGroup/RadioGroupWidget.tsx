import { useId } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { radioGroupDefinition } from "./radioGroupDefinition";

/** Native radios in a named group: arrow keys move the choice, Tab leaves the group. */
export function RadioGroupWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof radioGroupDefinition>) {
  const group = useId();
  return (
    <fieldset className="tw-choices" disabled={props.isDisabled}>
      <legend className={props.label ? "tw-label" : "tw-visually-hidden"}>{props.label || name}</legend>
      {props.options.length === 0 ? <span className="tw-empty">No options</span> : null}
      {props.options.map((option) => (
        <label key={option.value} className="tw-choice">
          <input
            type="radio"
            name={group}
            value={option.value}
            checked={meta.selectedOptionValue === option.value}
            onChange={() => {
              setMeta({ selectedOptionValue: option.value });
              void runEvent("onSelectionChange");
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
