import type { EvaluationResult } from "@tessera/engine";
import { isEventProp, type PageDoc, type Widget } from "@tessera/model";
import { getWidgetDefinition } from "@tessera/widgets";
import { useEditorStore } from "../../store/editorStore";
import { deleteWidgets } from "../commands/deleteWidgets";
import { renameWidget } from "../commands/renameWidget";
import { updateWidgetProps } from "../commands/updateWidgetProps";
import { EntityNameField } from "./EntityNameField";
import { PropertyField } from "./PropertyField";

/**
 * The selected widget's properties, laid out by its definition's pane config. Each keystroke
 * is a command; the keystrokes of one field merge into one undo step.
 */
export function PropertyPane({
  pageId,
  doc,
  widget,
  evaluation,
}: {
  pageId: string;
  doc: PageDoc;
  widget: Widget;
  evaluation: EvaluationResult | null;
}) {
  const definition = getWidgetDefinition(widget.type);
  // Some fields follow the props (a Table's button columns each get an onClick).
  const sections = definition && [
    ...definition.pane,
    ...(definition.extraPaneSections?.(widget.props) ?? []),
  ];
  const edit = useEditorStore((s) => s.editPage);
  const values = evaluation?.values[widget.name];

  return (
    <section aria-label={`Properties of ${widget.name}`} data-widget-id={widget.id}>
      <h2>
        {widget.name} <span className="ae-hint">{widget.type}</span>
      </h2>
      <EntityNameField
        key={widget.id}
        doc={doc}
        name={widget.name}
        onRename={(name) => edit(pageId, (d) => renameWidget(d, { id: widget.id, name }))}
      />
      {definition ? null : <p className="ae-field-error">This build does not know the type {widget.type}.</p>}
      {sections?.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>{section.title}</h3>
          {section.fields.map((field) => {
            const isEvent = isEventProp(definition?.events ?? [], field.prop);
            return (
              <PropertyField
                key={`${widget.id}:${field.prop}`}
                field={field}
                value={widget.props[field.prop]}
                evaluated={isEvent || !values ? undefined : { value: values[field.prop] }}
                error={evaluation?.errors[`${widget.name}.${field.prop}`]}
                onChange={(value) =>
                  edit(
                    pageId,
                    (d) => updateWidgetProps(d, { id: widget.id, props: { [field.prop]: value } }),
                    {
                      coalesceKey: `${widget.id}.${field.prop}`,
                    },
                  )
                }
              />
            );
          })}
        </section>
      ))}
      <button
        type="button"
        className="ae-small-button"
        onClick={() => {
          edit(pageId, (d) => deleteWidgets(d, { ids: [widget.id] }));
          useEditorStore.getState().selectWidgets([]);
        }}
      >
        Delete {widget.name}
      </button>
    </section>
  );
}
