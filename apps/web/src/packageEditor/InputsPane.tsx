import { MODULE_INPUT_TYPES } from "@tessera/engine";
import type { ModuleInput } from "@tessera/model";

/**
 * A module's inputs: name, type, required, default value and description, read in the module
 * as `{{inputs.name}}` (a UI module's, its props, as `{{props.name}}`). The default is used
 * when a caller passes none; a run with a value of another type, or without a required one,
 * is refused.
 */
export function InputsPane({
  inputs,
  onChange,
  title = "Inputs",
  noun = "input",
  reference = "inputs",
}: {
  inputs: ModuleInput[];
  onChange: (inputs: ModuleInput[]) => void;
  /** What the module calls them: "Inputs", or a UI module's "Props". */
  title?: string;
  noun?: string;
  /** How the module's code reads them: `inputs`, or `props`. */
  reference?: string;
}) {
  const update = (index: number, patch: Partial<ModuleInput>) =>
    onChange(inputs.map((input, i) => (i === index ? { ...input, ...patch } : input)));
  const nameProblem = (name: string, index: number) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return "Use letters, digits and _ (not starting with a digit).";
    if (inputs.some((other, i) => i !== index && other.name === name)) return "Another input has this name.";
    return null;
  };
  return (
    <section className="inputs-pane" aria-labelledby="inputs-title">
      <h2 id="inputs-title">{title}</h2>
      {inputs.length === 0 && (
        <p className="empty">
          No {noun}s. Add one and use it as {`{{${reference}.name}}`}.
        </p>
      )}
      {inputs.map((input, index) => {
        const problem = nameProblem(input.name, index);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: inputs are renamed in place, so the name is no key
          <div className="input-row" key={index}>
            <input
              aria-label={`Input ${index + 1} name`}
              placeholder="name"
              value={input.name}
              aria-invalid={problem ? true : undefined}
              title={problem ?? undefined}
              onChange={(e) => update(index, { name: e.target.value })}
            />
            <input
              aria-label={`Input ${index + 1} default value`}
              placeholder="default value"
              value={input.defaultValue}
              onChange={(e) => update(index, { defaultValue: e.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove input ${input.name || index + 1}`}
              onClick={() => onChange(inputs.filter((_, i) => i !== index))}
            >
              ×
            </button>
            {problem && input.name && <span className="error small">{problem}</span>}
            <select
              aria-label={`Input ${index + 1} type`}
              value={input.type}
              onChange={(e) => update(index, { type: e.target.value as ModuleInput["type"] })}
            >
              {MODULE_INPUT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
            <label className="input-required">
              <input
                type="checkbox"
                aria-label={`Input ${index + 1} required`}
                checked={input.required}
                onChange={(e) => update(index, { required: e.target.checked })}
              />
              Required
            </label>
            <input
              className="input-description"
              aria-label={`Input ${index + 1} description`}
              placeholder="description (shown to apps)"
              value={input.description}
              onChange={(e) => update(index, { description: e.target.value })}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="add-row"
        onClick={() =>
          onChange([
            ...inputs,
            { name: nextInputName(inputs), type: "text", required: false, defaultValue: "", description: "" },
          ])
        }
      >
        Add {noun}
      </button>
    </section>
  );
}

function nextInputName(inputs: ModuleInput[]): string {
  for (let i = 1; ; i++) {
    const name = `input${i}`;
    if (!inputs.some((input) => input.name === name)) return name;
  }
}
