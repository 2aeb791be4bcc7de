import type { EvaluationResult } from "@tessera/engine";
import { isEventProp, itemLocalsOf, type PageDoc, type Widget, withLocalEntities } from "@tessera/model";
import { getWidgetDefinition, widgetTypeSpecs } from "@tessera/widgets";
import { useMemo } from "react";
import { useEditorStore } from "../../store/editorStore";
import { PageCodeContext, usePageCode } from "../bindings/PageCodeContext";
import { deleteWidgets } from "../commands/deleteWidgets";
import { renameWidget } from "../commands/renameWidget";
import { updateWidgetProps } from "../commands/updateWidgetProps";
import type { DocTarget } from "../docTarget";
import { EntityNameField } from "./EntityNameField";
import { PropertyField } from "./PropertyField";

/**
 * The selected widget's properties, laid out by its definition's pane config. Each keystroke
 * is a command; the keystrokes of one field merge into one undo step.
 */
export function PropertyPane({
  target,
  doc,
  widget,
  evaluation,
}: {
  target: DocTarget;
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
  const edit = target.edit;
  const values = evaluation?.values[widget.name];
  const pageCode = usePageCode();
  // A List's template (and the List's own events) also see currentItem and currentIndex.
  const codeWithLocals = useMemo(() => {
    const codeOf = (isEvent: boolean) => {
      const locals = itemLocalsOf(doc, widget, isEvent, widgetTypeSpecs());
      return locals.length === 0
        ? null
        : { ...pageCode, entities: withLocalEntities(pageCode.entities, locals) };
    };
    return { event: codeOf(true), binding: codeOf(false) };
  }, [doc, widget, pageCode]);

  return (
    <section aria-label={`Properties of ${widget.name}`} data-widget-id={widget.id}>
      <h2>
        {widget.name} <span className="ae-hint">{widget.type}</span>
      </h2>
      <EntityNameField
        key={widget.id}
        doc={doc}
        name={widget.name}
        onRename={(name) => edit((d) => renameWidget(d, { id: widget.id, name }))}
      />
      {definition ? null : <p className="ae-field-error">This build does not know the type {widget.type}.</p>}
      {sections?.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>{section.title}</h3>
          {section.fields.map((field) => {
            const isEvent = isEventProp(definition?.events ?? [], field.prop);
            const control = (
              <PropertyField
                key={`${widget.id}:${field.prop}`}
                field={field}
                value={widget.props[field.prop]}
                evaluated={isEvent || !values ? undefined : { value: values[field.prop] }}
                error={evaluation?.errors[`${widget.name}.${field.prop}`]}
                onChange={(value) =>
                  edit((d) => updateWidgetProps(d, { id: widget.id, props: { [field.prop]: value } }), {
                    coalesceKey: `${widget.id}.${field.prop}`,
                  })
                }
              />
            );
            const code = isEvent ? codeWithLocals.event : codeWithLocals.binding;
            if (!code) return control;
            return (
              <PageCodeContext.Provider key={`${widget.id}:${field.prop}`} value={code}>
                {control}
              </PageCodeContext.Provider>
            );
          })}
        </section>
      ))}
      <button
        type="button"
        className="ae-small-button"
        onClick={() => {
          edit((d) => deleteWidgets(d, { ids: [widget.id] }));
          useEditorStore.getState().selectWidgets([]);
        }}
      >
        Delete {widget.name}
      </button>
    </section>
  );
}
