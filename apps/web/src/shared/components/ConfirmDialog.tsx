import { usePendingAction } from "../hooks/usePendingAction";
import { Dialog } from "./Dialog";
import { ErrorMessage } from "./ErrorMessage";

/**
 * Asks before a destructive action. When the action is refused (a package still used by a
 * deployed app), the server's message shows here and the dialog stays open.
 */
export function ConfirmDialog(props: {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { pending, error, run } = usePendingAction();

  const confirm = () =>
    run(async () => {
      await props.onConfirm();
      props.onClose();
    });

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <p>{props.message}</p>
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={pending}>
          {pending ? "Working…" : props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
