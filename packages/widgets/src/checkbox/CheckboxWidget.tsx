import type { WidgetRendererProps } from "../WidgetDefinition";
import type { checkboxDefinition } from "./checkboxDefinition";

/** A tick box with its label; the widget name names it when the label is empty. */
export function CheckboxWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof checkboxDefinition>) {
  const { label } = props;
  return (
    <label className="tw-checkbox">
      <input
        type="checkbox"
        aria-label={label ? undefined : name}
        checked={meta.isChecked}
        disabled={props.isDisabled}
        onChange={(event) => {
          setMeta({ isChecked: event.currentTarget.checked });
          void runEvent("onCheckChange");
        }}
      />
      {label}
    </label>
  );
}
