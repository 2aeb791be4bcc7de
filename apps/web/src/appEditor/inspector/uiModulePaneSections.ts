import type { UiModule } from "@tessera/model";
import type { PaneSection } from "@tessera/widgets";

/**
 * The property pane of a UI module's instance: a code field per prop of the module (static or
 * `{{ }}`, its type and description as help) and an event field per event, each stored in
 * the widget's props under the prop's or the event's name.
 */
export function uiModulePaneSections(module: Pick<UiModule, "inputs" | "events">): PaneSection[] {
  const sections: PaneSection[] = [];
  if (module.inputs.length > 0)
    sections.push({
      title: "Props",
      fields: module.inputs.map((input) => ({
        prop: input.name,
        label: input.name,
        control: "text",
        help: [
          input.type,
          input.required ? "required" : null,
          input.defaultValue ? `default ${input.defaultValue}` : null,
          input.description || null,
        ]
          .filter(Boolean)
          .join(" · "),
      })),
    });
  if (module.events.length > 0)
    sections.push({
      title: "Events",
      fields: module.events.map((event) => ({
        prop: event.name,
        label: event.name,
        control: "event",
        ...(event.description ? { help: event.description } : {}),
      })),
    });
  return sections;
}
