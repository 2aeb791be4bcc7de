import { useId } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { selectDefinition } from "./selectDefinition";

/** A native dropdown: keyboard and screen-reader support come with it. */
export function SelectWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof selectDefinition>) {
  const id = useId();
  const { label, options } = props;
  const value = meta.selectedOptionValue;
  const known = options.some((option) => option.value === value);
  return (
    <div className="tw-field">
      {label ? (
        <label className="tw-label" htmlFor={id}>
          {label}
        </label>
      ) : null}
      <select
        id={id}
        className="tw-input"
        aria-label={label ? undefined : name}
        disabled={props.isDisabled}
        value={known ? value : ""}
        onChange={(event) => {
          setMeta({ selectedOptionValue: event.currentTarget.value });
          void runEvent("onOptionChange");
        }}
      >
        {known ? null : (
          <option value="" disabled>
            {props.placeholder}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
