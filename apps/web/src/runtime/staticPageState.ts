import { hasBindings } from "@tessera/engine";
import { isEventProp, type ViewerPage } from "@tessera/model";
import { engineWidgetProps, getWidgetDefinition, initialMetaOf } from "@tessera/widgets";

/**
 * What the main thread can know of a page before the engine answers: the props without
 * bindings and the meta values they start from. Widgets with a binding in a non-event prop
 * are listed as `pending`: they wait for the engine rather than show a guess (a Button whose
 * `isDisabled` is bound must not look enabled for a moment). `bound` names those props
 * (`"Text1.text"`).
 */
export function staticPageState(page: ViewerPage): {
  values: Record<string, Record<string, unknown>>;
  pending: Set<string>;
  bound: string[];
} {
  const values: Record<string, Record<string, unknown>> = {};
  const pending = new Set<string>();
  const bound: string[] = [];
  for (const widget of page.widgets) {
    const definition = getWidgetDefinition(widget.type);
    const events = definition?.events ?? [];
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(engineWidgetProps(definition, widget.name, widget.props))) {
      if (isEventProp(events, key)) continue;
      if (hasBindings(value)) {
        pending.add(widget.name);
        bound.push(`${widget.name}.${key}`);
      } else props[key] = value;
    }
    values[widget.name] = definition ? { ...props, ...initialMetaOf(definition, props) } : props;
  }
  return { values, pending, bound };
}
