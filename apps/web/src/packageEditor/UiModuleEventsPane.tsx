import type { UiModuleEvent } from "@tessera/model";
import { namedRowProblem, nextName } from "./UiModuleOutputsPane";

/**
 * A UI module's events: what it tells the app (`onSignedIn`), raised in its code with
 * `emit("onSignedIn")`; each app wires the event of its instance to an action of its own.
 */
export function UiModuleEventsPane({
  events,
  onChange,
}: {
  events: UiModuleEvent[];
  onChange: (events: UiModuleEvent[]) => void;
}) {
  const update = (index: number, patch: Partial<UiModuleEvent>) =>
    onChange(events.map((event, i) => (i === index ? { ...event, ...patch } : event)));
  return (
    <section className="inputs-pane" aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      {events.length === 0 && <p className="empty">No events. Raise one with {'emit("name")'}.</p>}
      {events.map((event, index) => {
        const problem = namedRowProblem(event.name, index, events);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: events are renamed in place, so the name is no key
          <div className="input-row" key={index}>
            <input
              aria-label={`Event ${index + 1} name`}
              placeholder="onSomething"
              value={event.name}
              aria-invalid={problem ? true : undefined}
              title={problem ?? undefined}
              onChange={(e) => update(index, { name: e.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove event ${event.name || index + 1}`}
              onClick={() => onChange(events.filter((_, i) => i !== index))}
            >
              ×
            </button>
            <span />
            {problem && event.name && <span className="error small">{problem}</span>}
            <input
              className="input-description"
              aria-label={`Event ${index + 1} description`}
              placeholder="description (shown to apps)"
              value={event.description}
              onChange={(e) => update(index, { description: e.target.value })}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="add-row"
        onClick={() => onChange([...events, { name: nextName("onEvent", events), description: "" }])}
      >
        Add event
      </button>
    </section>
  );
}
