import type { PageDoc } from "@tessera/model";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { nameProblem } from "../commands/nameProblem";

/**
 * The name of a widget, query, JS object or module instance. The rename is applied on Enter
 * or when the field loses focus, and refused (with the reason shown) when the name is
 * invalid or taken; Escape puts the current name back.
 */
export function EntityNameField({
  doc,
  name,
  onRename,
}: {
  doc: PageDoc;
  name: string;
  onRename: (name: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const problem = nameProblem(doc, text, name);

  const commit = () => {
    if (text !== name && !problem) onRename(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") commit();
    if (event.key === "Escape") setText(name);
  };

  return (
    <div className="ae-field">
      <label htmlFor={id}>Name</label>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <span id={`${id}-problem`} className="ae-field-error">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
