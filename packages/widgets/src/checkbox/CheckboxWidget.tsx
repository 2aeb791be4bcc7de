import type { WidgetRendererProps } from "../WidgetDefinition";

/** A tick box with its label; the widget name names it when the label is empty. */
export function CheckboxWidget({ name, props, meta, setMeta, runEvent }: WidgetRendererProps) {
  const label = typeof props.label === "string" ? props.label : "";
  return (
    <label className="tw-checkbox">
      <input
        type="checkbox"
        aria-label={label ? undefined : name}
        checked={meta.isChecked === true}
        disabled={props.isDisabled === true}
        onChange={(event) => {
          setMeta({ isChecked: event.currentTarget.checked });
          void runEvent("onCheckChange");
        }}
      />
      {label}
    </label>
  );
}
