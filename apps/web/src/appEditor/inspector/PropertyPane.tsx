import type { EvaluationResult } from "@tessera/engine";
import {
  isEventProp,
  itemLocalsOf,
  type PageDoc,
  type UiModule,
  type Widget,
  withLocalEntities,
} from "@tessera/model";
import { getWidgetDefinition, widgetTypeSpecs } from "@tessera/widgets";
import { useMemo } from "react";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { useEditorStore } from "../../store/editorStore";
import { PageCodeContext, usePageCode } from "../bindings/PageCodeContext";
import { deleteWidgets } from "../commands/deleteWidgets";
import { renameWidget } from "../commands/renameWidget";
import { updateWidgetProps } from "../commands/updateWidgetProps";
import type { DocTarget } from "../docTarget";
import { EntityNameField } from "./EntityNameField";
import { PropertyField } from "./PropertyField";
import { uiModulePaneSections } from "./uiModulePaneSections";
import { usePinnedUiModule } from "./usePinnedUiModule";

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
  // A UI module's instance shows the props and events of the version it is pinned to.
  const pinned = usePinnedUiModule(widget);
  // Some fields follow the props (a Table's button columns each get an onClick).
  const sections = definition && [
    ...(pinned.module ? uiModulePaneSections(pinned.module) : []),
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
      {widget.module ? (
        <p className="ae-hint">
          UI module {widget.module.moduleName}, pinned to version {widget.module.version}. Its inside is
          edited in its package.
        </p>
      ) : null}
      <ErrorMessage error={pinned.error} prefix="Could not load the UI module" />
      {sections?.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>{section.title}</h3>
          {section.fields.map((field) => {
            const isEvent = field.control === "event" || isEventProp(definition?.events ?? [], field.prop);
            const control = (
              <PropertyField
                key={`${widget.id}:${field.prop}`}
                field={field}
                value={widget.props[field.prop]}
                evaluated={
                  isEvent || !values
                    ? undefined
                    : { value: evaluatedValue(values, field.prop, pinned.module) }
                }
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

/** A field's evaluated value; a UI module's prop is evaluated into the instance's `props`. */
function evaluatedValue(
  values: Record<string, unknown>,
  prop: string,
  module: UiModule | undefined,
): unknown {
  if (module?.inputs.some((input) => input.name === prop)) {
    const props = values.props;
    return props && typeof props === "object" ? (props as Record<string, unknown>)[prop] : undefined;
  }
  return values[prop];
}
