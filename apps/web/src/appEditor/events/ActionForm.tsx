import type { EntityMember, PageEntities } from "@tessera/model";
import { useId } from "react";
import { usePageCode } from "../bindings/PageCodeContext";
import { ActionKindSelect } from "./ActionKindSelect";
import { type AlertKind, type EventAction, emptyEventAction, type NamedValue } from "./eventActions";

const alertKinds: AlertKind[] = ["info", "success", "warning", "error"];

/** A labelled text input of the picker; values follow the `{{ }}` convention of fields. */
function ValueInput({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="ae-action-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function NameSelect({
  label,
  value,
  names,
  onChange,
}: {
  label: string;
  value: string;
  names: { name: string; detail?: string }[];
  onChange: (name: string) => void;
}) {
  const id = useId();
  return (
    <div className="ae-action-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {names.map((n) => (
          <option key={n.name} value={n.name}>
            {n.detail ? `${n.name} (${n.detail})` : n.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The names a function's first parameter destructures (`{ email, password }`), or null. */
export function destructuredNames(params: string[] | undefined): string[] | null {
  const first = params?.[0]?.trim();
  if (!first?.startsWith("{") || params?.length !== 1) return null;
  return first
    .replace(/^\{|\}$/g, "")
    .split(",")
    .map((part) => part.split(/[:=]/)[0].trim())
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

/** One argument: a value, or a widget's state picked from a list (`{{Input1.text}}`). */
function ArgumentInput({
  name,
  value,
  widgetValues,
  onChange,
}: {
  name: string;
  value: string;
  widgetValues: string[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  const picked = widgetValues.find((path) => value === `{{${path}}}`) ?? "";
  return (
    <div className="ae-action-argument">
      <ValueInput label={`Argument ${name}`} value={value} onChange={onChange} />
      <div className="ae-action-row">
        <label htmlFor={id}>Widget value for {name}</label>
        <select
          id={id}
          value={picked}
          onChange={(e) => onChange(e.target.value ? `{{${e.target.value}}}` : "")}
        >
          <option value="">Type a value</option>
          {widgetValues.map((path) => (
            <option key={path} value={path}>
              {path}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function NamedValues({
  title,
  entries,
  onChange,
}: {
  title: string;
  entries: NamedValue[];
  onChange: (entries: NamedValue[]) => void;
}) {
  const set = (i: number, patch: Partial<NamedValue>) =>
    onChange(entries.map((entry, j) => (i === j ? { ...entry, ...patch } : entry)));
  return (
    <fieldset className="ae-action-list">
      <legend>{title}</legend>
      {entries.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond their order
        <div key={i} className="ae-action-argument">
          <ValueInput
            label={`${title} ${i + 1} name`}
            value={entry.name}
            onChange={(name) => set(i, { name })}
          />
          <ValueInput
            label={`${title} ${i + 1} value`}
            value={entry.value}
            onChange={(value) => set(i, { value })}
          />
          <button
            type="button"
            className="ae-small-button"
            onClick={() => onChange(entries.filter((_, j) => j !== i))}
          >
            Remove {title.toLowerCase()} {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="ae-small-button"
        onClick={() => onChange([...entries, { name: "", value: "" }])}
      >
        Add {title.toLowerCase()}
      </button>
    </fieldset>
  );
}

/** The actions run after another one succeeds or fails. */
function ActionList({
  title,
  actions,
  entities,
  onChange,
}: {
  title: string;
  actions: EventAction[];
  entities: PageEntities;
  onChange: (actions: EventAction[]) => void;
}) {
  return (
    <fieldset className="ae-action-list">
      <legend>{title}</legend>
      {actions.map((action, i) => (
        <ActionForm
          // biome-ignore lint/suspicious/noArrayIndexKey: actions have no identity beyond their order
          key={i}
          title={`${title} ${i + 1}`}
          action={action}
          entities={entities}
          onChange={(next) =>
            onChange(
              next === null ? actions.filter((_, j) => j !== i) : actions.map((a, j) => (i === j ? next : a)),
            )
          }
        />
      ))}
      <ActionKindSelect
        label={`Add action ${title.toLowerCase()}`}
        value=""
        none="Choose…"
        onChange={(kind) => {
          if (kind) onChange([...actions, emptyEventAction(kind)]);
        }}
      />
    </fieldset>
  );
}

/** The actions a JS function or query runs after it: on success, then on failure. */
function OutcomeActions<A extends EventAction & { onSuccess: EventAction[]; onFailure: EventAction[] }>({
  action,
  entities,
  onChange,
}: {
  action: A;
  entities: PageEntities;
  onChange: (action: A) => void;
}) {
  return (
    <>
      <ActionList
        title="On success"
        actions={action.onSuccess}
        entities={entities}
        onChange={(onSuccess) => onChange({ ...action, onSuccess })}
      />
      <ActionList
        title="On failure"
        actions={action.onFailure}
        entities={entities}
        onChange={(onFailure) => onChange({ ...action, onFailure })}
      />
    </>
  );
}

/**
 * One action of the picker, with its fields; a JS function or query also gets the actions to
 * run on success and on failure. `onChange(null)` removes it.
 */
export function ActionForm({
  title,
  action,
  entities,
  onChange,
}: {
  title: string;
  action: EventAction;
  entities: PageEntities;
  onChange: (action: EventAction | null) => void;
}) {
  const { pageNames } = usePageCode();
  const all = [...entities.entities.values()];
  const widgetValues = all
    .filter((e) => e.kind === "widget")
    .flatMap((e) => e.members.filter((m) => m.state).map((m) => `${e.name}.${m.name}`));

  let fields: React.ReactNode = null;
  switch (action.kind) {
    case "runFunction": {
      const owners = all.filter((e) => e.kind === "jsObject" || e.kind === "moduleInstance");
      const functions = (entities.entities.get(action.entity)?.members ?? []).filter(
        (m) => m.kind === "function",
      );
      const member: EntityMember | undefined = functions.find((m) => m.name === action.fn);
      const names = destructuredNames(member?.params);
      let args: React.ReactNode;
      if (names || "named" in action.args) {
        const given = "named" in action.args ? action.args.named : [];
        const keys = [...new Set([...(names ?? []), ...given.map((g) => g.name)])];
        args = keys.map((name) => (
          <ArgumentInput
            key={name}
            name={name}
            value={given.find((g) => g.name === name)?.value ?? ""}
            widgetValues={widgetValues}
            onChange={(value) =>
              onChange({
                ...action,
                args: {
                  named: [...keys].map((k) => ({
                    name: k,
                    value: k === name ? value : (given.find((g) => g.name === k)?.value ?? ""),
                  })),
                },
              })
            }
          />
        ));
      } else {
        const given = action.args.positional;
        const params = (member?.params ?? []).map((p) => p.split("=")[0].trim());
        const count = Math.max(params.length, given.length);
        args = Array.from({ length: count }, (_, i) => (
          <ArgumentInput
            // biome-ignore lint/suspicious/noArrayIndexKey: arguments are positional
            key={i}
            name={params[i] ?? String(i + 1)}
            value={given[i] ?? ""}
            widgetValues={widgetValues}
            onChange={(value) => {
              const positional = Array.from({ length: count }, (_, j) =>
                j === i ? value : (given[j] ?? ""),
              );
              onChange({ ...action, args: { positional } });
            }}
          />
        ));
      }
      fields = (
        <>
          <NameSelect
            label="JS object or module instance"
            value={action.entity}
            names={owners.map((o) => ({ name: o.name, detail: o.detail }))}
            onChange={(entity) => onChange({ ...action, entity, fn: "", args: { positional: [] } })}
          />
          {action.entity ? (
            <NameSelect
              label="Function"
              value={action.fn}
              names={functions.map((f) => ({
                name: f.name,
                detail: (f.params ?? []).join(", ") || undefined,
              }))}
              onChange={(fn) => {
                const picked = functions.find((f) => f.name === fn);
                const named = destructuredNames(picked?.params);
                onChange({
                  ...action,
                  fn,
                  args: named ? { named: named.map((name) => ({ name, value: "" })) } : { positional: [] },
                });
              }}
            />
          ) : null}
          {args}
          <OutcomeActions action={action} entities={entities} onChange={onChange} />
        </>
      );
      break;
    }
    case "runQuery":
      fields = (
        <>
          <NameSelect
            label="Query"
            value={action.query}
            names={all.filter((e) => e.kind === "query").map((q) => ({ name: q.name }))}
            onChange={(query) => onChange({ ...action, query })}
          />
          <NamedValues
            title="Param"
            entries={action.params}
            onChange={(params) => onChange({ ...action, params })}
          />
          <OutcomeActions action={action} entities={entities} onChange={onChange} />
        </>
      );
      break;
    case "navigateTo":
      fields = (
        <>
          <NameSelect
            label="Page"
            value={pageNames.includes(action.target) ? action.target : ""}
            names={pageNames.map((name) => ({ name }))}
            onChange={(target) => onChange({ ...action, target })}
          />
          <ValueInput
            label="Page name or URL"
            value={action.target}
            placeholder="Home"
            onChange={(target) => onChange({ ...action, target })}
          />
          <NamedValues
            title="Query param"
            entries={action.params}
            onChange={(params) => onChange({ ...action, params })}
          />
          <label className="ae-action-row">
            <input
              type="checkbox"
              checked={action.newWindow}
              onChange={(e) => onChange({ ...action, newWindow: e.target.checked })}
            />
            Open in a new window
          </label>
        </>
      );
      break;
    case "showAlert":
      fields = (
        <>
          <ValueInput
            label="Message"
            value={action.message}
            onChange={(message) => onChange({ ...action, message })}
          />
          <NameSelect
            label="Alert type"
            value={action.type}
            names={alertKinds.map((name) => ({ name }))}
            onChange={(type) => onChange({ ...action, type: (type || "info") as AlertKind })}
          />
        </>
      );
      break;
    case "storeValue":
      fields = (
        <>
          <ValueInput label="Key" value={action.key} onChange={(key) => onChange({ ...action, key })} />
          <ValueInput
            label="Value"
            value={action.value}
            onChange={(value) => onChange({ ...action, value })}
          />
        </>
      );
      break;
    case "showModal":
    case "closeModal":
      fields = (
        <ValueInput
          label="Modal name"
          value={action.modal}
          placeholder="Modal1"
          onChange={(modal) => onChange({ ...action, modal })}
        />
      );
      break;
    case "copyToClipboard":
      fields = (
        <ValueInput
          label="Text to copy"
          value={action.text}
          onChange={(text) => onChange({ ...action, text })}
        />
      );
      break;
    case "download":
      fields = (
        <>
          <ValueInput label="Data" value={action.data} onChange={(data) => onChange({ ...action, data })} />
          <ValueInput
            label="File name"
            value={action.fileName}
            onChange={(fileName) => onChange({ ...action, fileName })}
          />
          <ValueInput
            label="File type"
            value={action.fileType}
            placeholder="text/csv"
            onChange={(fileType) => onChange({ ...action, fileType })}
          />
        </>
      );
      break;
  }

  return (
    <fieldset className="ae-action">
      <legend>{title}</legend>
      <ActionKindSelect
        label="Action"
        value={action.kind}
        onChange={(kind) => onChange(kind ? emptyEventAction(kind) : null)}
      />
      {fields}
      <button
        type="button"
        className="ae-small-button"
        aria-label={`Remove ${title}`}
        onClick={() => onChange(null)}
      >
        Remove
      </button>
    </fieldset>
  );
}
