import { type FormEvent, type KeyboardEvent, useContext, useId, useState } from "react";
import { InsideFormContext } from "../insideForm";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { inputDefinition } from "./inputDefinition";
import { validateInput } from "./validateInput";

/** A labelled field; shows its validation message once the visitor typed or left it. */
export function InputWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
}: WidgetRendererProps<typeof inputDefinition>) {
  const id = useId();
  const [touched, setTouched] = useState(false);
  const { text } = meta;
  const { label } = props;
  const { isValid, message } = validateInput(props, text);
  const showError = !isValid && (touched || text !== "");
  const insideForm = useContext(InsideFormContext);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    // The browser's implicit submission depends on how many fields a form has; taking Enter
    // over makes "Enter submits the form" hold for any form.
    event.preventDefault();
    void runEvent("onSubmit");
    if (insideForm) event.currentTarget.form?.requestSubmit();
  };

  // Outside a Form widget the field is a form of its own (see InsideFormContext), one that
  // never submits.
  const Field = insideForm ? "div" : "form";
  return (
    <Field className="tw-field" {...(insideForm ? {} : { noValidate: true, onSubmit: preventSubmit })}>
      {label ? (
        <label className="tw-label" htmlFor={id}>
          {label}
          {props.required ? <span aria-hidden="true"> *</span> : null}
        </label>
      ) : null}
      <input
        id={id}
        className="tw-input"
        type={props.inputType}
        aria-label={label ? undefined : name}
        aria-required={props.required || undefined}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? `${id}-error` : undefined}
        placeholder={props.placeholder || undefined}
        disabled={props.isDisabled}
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
    </Field>
  );
}

function preventSubmit(event: FormEvent): void {
  event.preventDefault();
}
