import { type FormEvent, useState } from "react";
import { usePendingAction } from "../hooks/usePendingAction";
import { Dialog } from "./Dialog";
import { ErrorMessage } from "./ErrorMessage";
import { TextField } from "./TextField";

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
  const { pending, error, run } = usePendingAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await props.onSubmit(name.trim(), extra);
      props.onClose();
    });
  };

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={submit} className="form">
        <TextField
          label={props.label ?? "Name"}
          value={name}
          onValue={setName}
          autoFocus
          required
          maxLength={100}
        />
        {props.extraFields?.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            type={field.type ?? "text"}
            value={extra[field.key] ?? ""}
            placeholder={field.placeholder}
            onValue={(value) => setExtra((x) => ({ ...x, [field.key]: value }))}
            required
          />
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
