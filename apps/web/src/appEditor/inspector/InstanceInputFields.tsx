import type { ModuleInput, ModuleInstance } from "@tessera/model";
import { BindingTextArea } from "../../shared/components/BindingTextArea";

/**
 * The value an app gives each input of a module instance: static text or `{{ }}` evaluated in
 * the app. Empty leaves the module's default; the module's type, required flag and
 * description are shown beside each.
 */
export function InstanceInputFields({
  instance,
  inputs,
  onChange,
}: {
  instance: ModuleInstance;
  inputs: ModuleInput[];
  onChange: (values: Record<string, string>) => void;
}) {
  if (inputs.length === 0) return <p className="ae-hint">This module has no inputs.</p>;
  return (
    <fieldset className="ae-instance-inputs">
      <legend>Inputs</legend>
      {inputs.map((input) => {
        const hintId = `${instance.id}-input-${input.name}-hint`;
        return (
          <div key={input.name} className="ae-field">
            <span className="ae-field-label">
              <code>{input.name}</code> <span className="ae-hint">{input.type}</span>
              {input.required ? <span className="ae-hint"> · required</span> : null}
            </span>
            <BindingTextArea
              aria-label={`Input ${input.name}`}
              rows={1}
              value={instance.inputs[input.name] ?? ""}
              placeholder={input.defaultValue ? `default: ${input.defaultValue}` : "no default"}
              onChange={(value) => onChange({ ...instance.inputs, [input.name]: value })}
            />
            {input.description ? (
              <span id={hintId} className="ae-hint">
                {input.description}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
