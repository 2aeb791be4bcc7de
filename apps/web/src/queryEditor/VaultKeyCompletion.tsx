import {
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { applyVaultCompletion, type VaultCompletion, vaultCompletionAt } from "./vaultCompletion";

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface Open {
  field: TextField;
  completion: VaultCompletion;
  active: number;
}

/**
 * Offers the kept vault keys after `{{vault.` in any text field of a query's form, whatever its
 * kind: a listbox under the field, chosen with the arrows and Enter or Tab (or the pointer),
 * closed with Escape. A choice goes through the field's own change handler, as typing would.
 */
export function VaultKeyCompletion({ keys, children }: { keys: readonly string[]; children: ReactNode }) {
  const listId = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);

  const look = (event: SyntheticEvent) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return setOpen(null);
    const pos = field.selectionStart;
    const completion =
      pos !== null && pos === field.selectionEnd ? vaultCompletionAt(field.value, pos, keys) : null;
    setOpen(completion ? { field, completion, active: 0 } : null);
  };

  const choose = (key: string) => {
    if (!open) return;
    const { field, completion } = open;
    const next = applyVaultCompletion(
      field.value,
      field.selectionStart ?? field.value.length,
      completion,
      key,
    );
    // The prototype's setter, then an input event: React's change handler sees the new text.
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set?.call(field, next.text);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.setSelectionRange(next.cursor, next.cursor);
    setOpen(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.target !== open.field) return;
    const count = open.completion.keys.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : count - 1;
      setOpen({ ...open, active: (open.active + step) % count });
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(open.completion.keys[open.active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(null);
    }
  };

  // The field is the combobox while the list is open: it names the list and the active key.
  useEffect(() => {
    if (!open) return;
    const { field } = open;
    field.setAttribute("aria-controls", listId);
    field.setAttribute("aria-expanded", "true");
    field.setAttribute("aria-activedescendant", `${listId}-${open.active}`);
    return () => {
      field.removeAttribute("aria-controls");
      field.removeAttribute("aria-expanded");
      field.removeAttribute("aria-activedescendant");
    };
  }, [open, listId]);

  const host = hostRef.current?.getBoundingClientRect();
  const box = open?.field.getBoundingClientRect();

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only listens to the fields inside, which take the keys
    <div
      ref={hostRef}
      className="vault-completion-host"
      onInput={look}
      onClick={look}
      onKeyUp={(event) => {
        if (
          event.key === "ArrowLeft" ||
          event.key === "ArrowRight" ||
          event.key === "Home" ||
          event.key === "End"
        )
          look(event);
      }}
      onKeyDownCapture={onKeyDown}
      onBlur={() => setOpen(null)}
    >
      {children}
      {open && host && box && (
        <div
          id={listId}
          role="listbox"
          aria-label="Vault keys"
          className="vault-completion"
          style={{ top: box.bottom - host.top + 2, left: box.left - host.left }}
        >
          {open.completion.keys.map((key, index) => (
            <div
              key={key}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === open.active}
              className={index === open.active ? "active" : undefined}
              // Keep the focus in the field: the choice is made on press.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(key);
              }}
            >
              vault.{key}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
