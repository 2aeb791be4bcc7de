import { useCallback, useState } from "react";

/**
 * The state of a form's or dialog's async action: `pending` while it runs (to disable its
 * button), and what it threw, kept for display until the next run (`null` when it did not
 * fail). `run` never rejects: a failure is state, not an unhandled promise.
 *
 * @example
 * const { pending, error, run } = usePendingAction();
 * <form onSubmit={(e) => { e.preventDefault(); void run(() => save(name)); }}>
 */
export function usePendingAction(): {
  pending: boolean;
  error: unknown;
  run: (action: () => Promise<unknown>) => Promise<void>;
} {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, run };
}
