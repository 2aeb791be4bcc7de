import { useId } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import { selectOptionsOf } from "./selectDefinition";

/** A native dropdown: keyboard and screen-reader support come with it. */
export function SelectWidget({ name, props, meta, setMeta, runEvent }: WidgetRendererProps) {
  const id = useId();
  const label = typeof props.label === "string" ? props.label : "";
  const options = selectOptionsOf(props.options);
  const value = typeof meta.selectedOptionValue === "string" ? meta.selectedOptionValue : "";
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
        disabled={props.isDisabled === true}
        value={known ? value : ""}
        onChange={(event) => {
          setMeta({ selectedOptionValue: event.currentTarget.value });
          void runEvent("onOptionChange");
        }}
      >
        {known ? null : (
          <option value="" disabled>
            {typeof props.placeholder === "string" ? props.placeholder : ""}
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
