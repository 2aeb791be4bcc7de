import { identifierSchema, type UiModuleOutput } from "@tessera/model";
import { BindingTextArea } from "../shared/components/BindingTextArea";

/**
 * A UI module's outputs: values the app reads from its instance (`LoginForm1.email`), each a
 * name and a value over the module's widgets and props (`{{Input1.text}}`).
 */
export function UiModuleOutputsPane({
  outputs,
  onChange,
}: {
  outputs: UiModuleOutput[];
  onChange: (outputs: UiModuleOutput[]) => void;
}) {
  const update = (index: number, patch: Partial<UiModuleOutput>) =>
    onChange(outputs.map((output, i) => (i === index ? { ...output, ...patch } : output)));
  return (
    <section className="inputs-pane" aria-labelledby="outputs-title">
      <h2 id="outputs-title">Outputs</h2>
      {outputs.length === 0 && <p className="empty">No outputs. The app reads one as Instance.name.</p>}
      {outputs.map((output, index) => {
        const problem = namedRowProblem(output.name, index, outputs);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: outputs are renamed in place, so the name is no key
          <div className="input-row" key={index}>
            <input
              aria-label={`Output ${index + 1} name`}
              placeholder="name"
              value={output.name}
              aria-invalid={problem ? true : undefined}
              title={problem ?? undefined}
              onChange={(e) => update(index, { name: e.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove output ${output.name || index + 1}`}
              onClick={() => onChange(outputs.filter((_, i) => i !== index))}
            >
              ×
            </button>
            <span />
            {problem && output.name && <span className="error small">{problem}</span>}
            <div className="input-description">
              <BindingTextArea
                aria-label={`Output ${index + 1} value`}
                rows={1}
                placeholder="{{Input1.text}}"
                value={output.value}
                onChange={(value) => update(index, { value })}
              />
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="add-row"
        onClick={() =>
          onChange([...outputs, { name: nextName("output", outputs), value: "", description: "" }])
        }
      >
        Add output
      </button>
    </section>
  );
}

/** Why a row's name (an output's, an event's) cannot be used, or null. */
export function namedRowProblem(
  name: string,
  index: number,
  rows: readonly { name: string }[],
): string | null {
  if (!identifierSchema.safeParse(name).success)
    return "Use letters, digits and _ (not starting with a digit).";
  if (rows.some((other, i) => i !== index && other.name === name)) return "Another one has this name.";
  return null;
}

/** `output1`, `output2`, …: the first name with the stem that no row has. */
export function nextName(stem: string, rows: readonly { name: string }[]): string {
  for (let i = 1; ; i++) if (!rows.some((row) => row.name === `${stem}${i}`)) return `${stem}${i}`;
}
