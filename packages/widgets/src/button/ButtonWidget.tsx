import { useRef, useState } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { buttonDefinition } from "./buttonDefinition";

/** A button that stays disabled, with a spinner, while its onClick handler runs. */
export function ButtonWidget({
  name,
  props,
  runEvent,
  parentInvalid,
}: WidgetRendererProps<typeof buttonDefinition>) {
  const [busy, setBusy] = useState(false);
  // State updates land on the next render; the ref stops a fast double click from running twice.
  const running = useRef(false);
  const label = props.label || name;
  const disabled = busy || props.isDisabled || (props.disabledWhenInvalid && parentInvalid);

  const onClick = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await runEvent("onClick");
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className={props.variant === "secondary" ? "tw-button tw-button-secondary" : "tw-button"}
      disabled={disabled}
      aria-busy={busy || undefined}
      onClick={onClick}
    >
      {busy ? <span className="tw-spinner" aria-hidden="true" /> : null}
      {label}
    </button>
  );
}
