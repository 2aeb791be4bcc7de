import { InsideFormContext } from "../insideForm";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { formDefinition } from "./formDefinition";

/** A form around child widgets: submitting (Enter in a field) runs `onSubmit`. */
export function FormWidget({ name, props, runEvent, children }: WidgetRendererProps<typeof formDefinition>) {
  const title = props.title || name;
  return (
    <form
      className="tw-container"
      aria-label={title}
      noValidate
      style={{ background: props.backgroundColor || undefined }}
      onSubmit={(event) => {
        event.preventDefault();
        void runEvent("onSubmit");
      }}
    >
      <InsideFormContext value={true}>{children}</InsideFormContext>
    </form>
  );
}
