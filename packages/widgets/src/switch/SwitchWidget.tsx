import type { WidgetRendererProps } from "../WidgetDefinition";
import type { switchDefinition } from "./switchDefinition";

/** A checkbox with the switch role: Space toggles it, screen readers say "on" and "off". */
export function SwitchWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof switchDefinition>) {
  return (
    <label className="tw-switch">
      <input
        type="checkbox"
        role="switch"
        className="tw-switch-input"
        aria-label={props.label ? undefined : name}
        checked={meta.isOn}
        aria-checked={meta.isOn}
        disabled={props.isDisabled}
        onChange={(event) => {
          setMeta({ isOn: event.currentTarget.checked });
          void runEvent("onChange");
        }}
      />
      <span className="tw-switch-track" aria-hidden="true" />
      {props.label}
    </label>
  );
}
