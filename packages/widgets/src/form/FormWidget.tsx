import type { WidgetRendererProps } from "../WidgetDefinition";

/** A form around child widgets: submitting (Enter in a field) runs `onSubmit`. */
export function FormWidget({ name, props, runEvent, children }: WidgetRendererProps) {
  const title = typeof props.title === "string" && props.title !== "" ? props.title : name;
  return (
    <form
      className="tw-container"
      aria-label={title}
      noValidate
      style={{ background: typeof props.backgroundColor === "string" ? props.backgroundColor : undefined }}
      onSubmit={(event) => {
        event.preventDefault();
        void runEvent("onSubmit");
      }}
    >
      {children}
    </form>
  );
}
