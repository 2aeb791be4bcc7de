import type { AlertType } from "@tessera/engine";

/** A toast shown by `showAlert` or by the runtime when something failed. */
export interface RuntimeAlert {
  id: number;
  message: string;
  type: AlertType;
  /** How many times it was shown while its toast was up ("Incorrect password ×2"). */
  count: number;
  /** When it was last shown (ms), to tell one failure reported twice from a repeat. */
  shownAt: number;
}

/**
 * The engine client and the runtime can both report one failure (a stopped page's code, say),
 * within the same few milliseconds: a repeat inside this window is that same report, not a
 * second showing. Kept short: a visitor's second click takes a server round trip, and a count
 * missed for a fast upstream would read as "nothing happened".
 */
export const SAME_REPORT_MS = 50;

/**
 * The toasts after `message` is shown at `now`: a toast already up with the same message and
 * type counts it (unless it is the same report again), otherwise a new toast with `nextId`.
 * Returns the alert that was shown, to restart its timer.
 */
export function showAlertIn(
  alerts: readonly RuntimeAlert[],
  shown: { message: string; type: AlertType; now: number; nextId: number },
): { alerts: RuntimeAlert[]; alert: RuntimeAlert } {
  const same = alerts.find((alert) => alert.message === shown.message && alert.type === shown.type);
  if (!same) {
    const alert = {
      id: shown.nextId,
      message: shown.message,
      type: shown.type,
      count: 1,
      shownAt: shown.now,
    };
    return { alerts: [...alerts, alert], alert };
  }
  const again = shown.now - same.shownAt >= SAME_REPORT_MS;
  const alert = { ...same, count: again ? same.count + 1 : same.count, shownAt: shown.now };
  return { alerts: alerts.map((a) => (a.id === same.id ? alert : a)), alert };
}
