import { useEffect, useId, useState } from "react";
import { vaultKeepOf, vaultKeepText } from "./vaultKeepText";

/**
 * "Keep in the vault": the response fields the server keeps for the visitor and takes out of
 * the answer, as a comma list. A list that does not parse is shown with its error and not
 * saved, so the draft keeps the last good one; undo or another change shows the saved list.
 */
export function VaultKeepField({
  keep,
  onChange,
}: {
  keep: readonly string[] | undefined;
  /** Undefined when nothing is kept, so a query that keeps nothing stays as it was stored. */
  onChange: (keep: string[] | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(() => vaultKeepText(keep));
  const parsed = vaultKeepOf(text);
  const savedText = vaultKeepText(keep);
  // A change made elsewhere (undo, another tab's save) replaces the text unless it reads the same.
  useEffect(() => {
    setText((current) => {
      const read = vaultKeepOf(current);
      return "keys" in read && vaultKeepText(read.keys) === savedText ? current : savedText;
    });
  }, [savedText]);

  return (
    <section className="vault-keep" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Keep in the vault</h3>
      <label htmlFor={id}>Response fields to keep</label>
      <input
        id={id}
        type="text"
        className="ae-code"
        value={text}
        placeholder="access_token, refresh_token"
        spellCheck={false}
        aria-invalid={"error" in parsed}
        aria-describedby={`${id}-hint${"error" in parsed ? ` ${id}-error` : ""}`}
        onChange={(e) => {
          setText(e.target.value);
          const read = vaultKeepOf(e.target.value);
          if ("keys" in read) onChange(read.keys.length > 0 ? read.keys : undefined);
        }}
      />
      {"error" in parsed && (
        <p id={`${id}-error`} className="error small" role="alert">
          {parsed.error}
        </p>
      )}
      <p id={`${id}-hint`} className="hint">
        Kept fields are stored on the server for this visitor and removed from the response; other queries
        read them only as <code>{"{{vault.name}}"}</code>.
      </p>
    </section>
  );
}
