import { useEffect, useMemo, useState } from "react";
import { BindingField } from "../bindings/BindingField";
import { usePageCode } from "../bindings/PageCodeContext";
import { ActionForm } from "./ActionForm";
import { ActionKindSelect } from "./ActionKindSelect";
import { type EventAction, emptyEventAction, eventCode, isCompleteAction } from "./eventActions";
import { readEventAction } from "./readEventAction";

/**
 * An event property (onClick): an action picker that writes ordinary handler code, and a
 * "Code" switch that shows and edits that code. Code the picker can read shows in the
 * picker; other code stays in the code field. An action whose names are not all chosen yet is
 * kept here and written once it can run.
 */
export function EventField({
  label,
  value,
  describedBy,
  onChange,
}: {
  label: string;
  value: string;
  describedBy?: string;
  onChange: (value: string) => void;
}) {
  const { entities } = usePageCode();
  const queries = useMemo(
    () => new Set([...entities.entities.values()].filter((e) => e.kind === "query").map((e) => e.name)),
    [entities],
  );
  const read = useMemo(() => readEventAction(value, { queries }), [value, queries]);
  const readable = value.trim() === "" || read !== null;
  const [showCode, setShowCode] = useState(!readable);
  const [draft, setDraft] = useState<EventAction | null>(read);

  // The code changed elsewhere (the code field, undo): the picker shows what it now says.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value is a reason to reread
  useEffect(() => {
    if (draft && isCompleteAction(draft) && eventCode(draft) === value) return;
    setDraft(read);
  }, [value]);

  const change = (next: EventAction | null) => {
    setDraft(next);
    if (next === null) onChange("");
    else if (isCompleteAction(next)) onChange(eventCode(next));
  };

  return (
    <div className="ae-event-field">
      <div className="ae-event-switch">
        <button
          type="button"
          className="ae-small-button"
          aria-pressed={showCode}
          aria-label={`Write ${label} as code`}
          onClick={() => setShowCode((on) => !on)}
        >
          Code
        </button>
      </div>
      {showCode ? (
        <BindingField
          label={label}
          value={value}
          mode="event"
          multiline
          placeholder="{{Login1.signin()}}"
          describedBy={describedBy}
          onChange={onChange}
        />
      ) : !readable ? (
        <p className="ae-hint">
          The action picker cannot show this code.{" "}
          <button type="button" className="ae-small-button" onClick={() => setShowCode(true)}>
            Show the code
          </button>
        </p>
      ) : draft ? (
        <>
          <ActionForm title={label} action={draft} entities={entities} onChange={change} />
          {isCompleteAction(draft) ? null : (
            <p className="ae-hint" role="status">
              Saved once every name it needs is chosen.
            </p>
          )}
        </>
      ) : (
        <ActionKindSelect
          label={`${label} action`}
          value=""
          none="No action"
          onChange={(kind) => {
            if (kind) change(emptyEventAction(kind));
          }}
        />
      )}
    </div>
  );
}
