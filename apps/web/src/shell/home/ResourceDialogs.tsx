import { ConfirmDialog } from "../../shared/components/ConfirmDialog";
import { type ExtraField, NameDialog } from "../../shared/components/NameDialog";

/** Which dialog of a home list is open: creating one, or renaming or deleting `item`. */
export type ResourceDialog<T> =
  | { kind: "create" }
  | { kind: "rename"; item: T }
  | { kind: "delete"; item: T }
  | null;

/**
 * The create, rename and delete dialogs of one kind of resource on the home page (workspace,
 * app, package, datasource), titled after its noun: "New app", "Rename app Portal", "Delete
 * app Portal?". A dialog stays open with the server's message while its action fails.
 */
export function ResourceDialogs<T extends { name: string }>(props: {
  /** "workspace", "app", "package", "datasource". */
  noun: string;
  dialog: ResourceDialog<T>;
  onClose: () => void;
  onCreate: (name: string, extra: Record<string, string>) => Promise<unknown>;
  /** Fields the create dialog asks for besides the name, e.g. a datasource's base URL. */
  createFields?: ExtraField[];
  onRename: (item: T, name: string) => Promise<unknown>;
  /** What deleting takes with it, shown before the author confirms. */
  deleteMessage: string;
  onDelete: (item: T) => Promise<unknown>;
}) {
  const { noun, dialog, onClose } = props;
  if (dialog?.kind === "create")
    return (
      <NameDialog
        title={`New ${noun}`}
        submitLabel={`Create ${noun}`}
        extraFields={props.createFields}
        onClose={onClose}
        onSubmit={props.onCreate}
      />
    );
  if (dialog?.kind === "rename")
    return (
      <NameDialog
        title={`Rename ${noun} ${dialog.item.name}`}
        initialName={dialog.item.name}
        submitLabel="Rename"
        onClose={onClose}
        onSubmit={(name) => props.onRename(dialog.item, name)}
      />
    );
  if (dialog?.kind === "delete")
    return (
      <ConfirmDialog
        title={`Delete ${noun} ${dialog.item.name}?`}
        message={props.deleteMessage}
        confirmLabel={`Delete ${noun}`}
        onClose={onClose}
        onConfirm={() => props.onDelete(dialog.item)}
      />
    );
  return null;
}
