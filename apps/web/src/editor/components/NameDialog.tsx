import { type FormEvent, useState } from "react";
import { Dialog } from "./Dialog";
import { ErrorMessage } from "./ErrorMessage";

/** Extra text fields of a {@link NameDialog}, e.g. a datasource's base URL. */
export type ExtraField = {
  key: string;
  label: string;
  initial?: string;
  placeholder?: string;
  type?: string;
};

/**
 * Asks for a name (to create or rename something), with optional extra fields. Shows the
 * server's error and stays open when `onSubmit` rejects.
 */
export function NameDialog(props: {
  title: string;
  label?: string;
  initialName?: string;
  submitLabel: string;
  extraFields?: ExtraField[];
  onSubmit: (name: string, extra: Record<string, string>) => Promise<unknown>;
  onClose: () => void;
}) {
  const [name, setName] = useState(props.initialName ?? "");
  const [extra, setExtra] = useState<Record<string, string>>(() =>
    Object.fromEntries((props.extraFields ?? []).map((f) => [f.key, f.initial ?? ""])),
  );
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await props.onSubmit(name.trim(), extra);
      props.onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={submit} className="form">
        <label>
          {props.label ?? "Name"}
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={100} />
        </label>
        {props.extraFields?.map((field) => (
          <label key={field.key}>
            {field.label}
            <input
              type={field.type ?? "text"}
              value={extra[field.key] ?? ""}
              placeholder={field.placeholder}
              onChange={(e) => setExtra((x) => ({ ...x, [field.key]: e.target.value }))}
              required
            />
          </label>
        ))}
        <ErrorMessage error={error} />
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={pending || !name.trim()}>
            {pending ? "Working…" : props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
