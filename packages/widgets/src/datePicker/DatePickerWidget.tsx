import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { DayPicker } from "react-day-picker";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { datePickerDefinition } from "./datePickerDefinition";
import { dayOf, formatDate, isoDayOf } from "./formatDate";

/**
 * A button showing the chosen day that opens a calendar dialog: arrow keys move by day and
 * week, Enter picks, Escape closes and gives focus back to the button. Its own chunk, with
 * react-day-picker, so only pages with a date picker load them.
 */
export function DatePickerWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof datePickerDefinition>) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const selected = dayOf(meta.selectedDate);
  const min = dayOf(props.minDate);
  const max = dayOf(props.maxDate);
  const shown = meta.formattedDate || formatDate(meta.selectedDate, props.dateFormat);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="tw-field tw-date" ref={box}>
      {props.label ? (
        <span className="tw-label" id={`${id}-label`}>
          {props.label}
        </span>
      ) : null}
      <button
        ref={button}
        type="button"
        className="tw-input tw-date-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-labelledby={props.label ? `${id}-label ${id}-value` : undefined}
        aria-label={props.label ? undefined : name}
        disabled={props.isDisabled}
        onClick={() => setOpen((value) => !value)}
      >
        <span id={`${id}-value`}>{shown || props.placeholder}</span>
      </button>
      {open ? (
        <div
          className="tw-date-popover"
          role="dialog"
          aria-label={`Choose ${props.label || name}`}
          onKeyDown={onKeyDown}
        >
          <DayPicker
            mode="single"
            autoFocus
            selected={selected}
            defaultMonth={selected ?? min}
            startMonth={min}
            endMonth={max}
            disabled={[...(min ? [{ before: min }] : []), ...(max ? [{ after: max }] : [])]}
            onSelect={(day) => {
              setMeta({ selectedDate: day ? isoDayOf(day) : "" });
              setOpen(false);
              button.current?.focus();
              void runEvent("onDateSelected");
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
