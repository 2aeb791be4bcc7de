import type { ModuleInput } from "@tessera/model";

/**
 * A module's inputs: name and default value, read in the module as `{{inputs.name}}`. The
 * default is used when a caller passes none.
 */
export function InputsPane({
  inputs,
  onChange,
}: {
  inputs: ModuleInput[];
  onChange: (inputs: ModuleInput[]) => void;
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
      <h2 id="inputs-title">Inputs</h2>
      {inputs.length === 0 && <p className="empty">No inputs. Add one and use it as {"{{inputs.name}}"}.</p>}
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
          </div>
        );
      })}
      <button
        type="button"
        className="add-row"
        onClick={() => onChange([...inputs, { name: nextInputName(inputs), defaultValue: "" }])}
      >
        Add input
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
