import { type KeyboardEvent, useId, useState } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import { validateInput } from "./validateInput";

const HTML_TYPES = new Set(["text", "email", "password", "number"]);

/** A labelled field; shows its validation message once the visitor typed or left it. */
export function InputWidget({ name, props, meta, setMeta, runEvent }: WidgetRendererProps) {
  const id = useId();
  const [touched, setTouched] = useState(false);
  const text = typeof meta.text === "string" ? meta.text : "";
  const label = typeof props.label === "string" ? props.label : "";
  const { isValid, message } = validateInput(props, text);
  const showError = !isValid && (touched || text !== "");
  const inputType =
    typeof props.inputType === "string" && HTML_TYPES.has(props.inputType) ? props.inputType : "text";

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    // The browser's implicit submission depends on how many fields a form has; taking Enter
    // over makes "Enter submits the form" hold for any form.
    event.preventDefault();
    void runEvent("onSubmit");
    event.currentTarget.form?.requestSubmit();
  };

  return (
    <div className="tw-field">
      {label ? (
        <label className="tw-label" htmlFor={id}>
          {label}
          {props.required === true ? <span aria-hidden="true"> *</span> : null}
        </label>
      ) : null}
      <input
        id={id}
        className="tw-input"
        type={inputType}
        aria-label={label ? undefined : name}
        aria-required={props.required === true || undefined}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? `${id}-error` : undefined}
        placeholder={typeof props.placeholder === "string" ? props.placeholder : undefined}
        disabled={props.isDisabled === true}
        value={text}
        onChange={(event) => {
          setMeta({ text: event.currentTarget.value });
          void runEvent("onTextChanged");
        }}
        onBlur={() => setTouched(true)}
        onKeyDown={onKeyDown}
      />
      {showError ? (
        <div id={`${id}-error`} className="tw-field-error">
          {message}
        </div>
      ) : null}
    </div>
  );
}
