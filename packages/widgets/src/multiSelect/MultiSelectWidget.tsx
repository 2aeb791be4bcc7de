import type { WidgetRendererProps } from "../WidgetDefinition";
import type { multiSelectDefinition } from "./multiSelectDefinition";

/** A named group of checkboxes: every choice is one Tab stop and toggles with Space. */
export function MultiSelectWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof multiSelectDefinition>) {
  const chosen = new Set(meta.selectedOptionValues.map(String));
  const toggle = (value: string, on: boolean) => {
    const next = props.options
      .map((option) => option.value)
      .filter((optionValue) => (optionValue === value ? on : chosen.has(optionValue)));
    setMeta({ selectedOptionValues: next });
    void runEvent("onOptionChange");
  };
  return (
    <fieldset className="tw-choices tw-choices-scroll" disabled={props.isDisabled}>
      <legend className={props.label ? "tw-label" : "tw-visually-hidden"}>{props.label || name}</legend>
      {props.options.length === 0 ? <span className="tw-empty">No options</span> : null}
      {props.options.map((option) => (
        <label key={option.value} className="tw-choice">
          <input
            type="checkbox"
            value={option.value}
            checked={chosen.has(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
