import type { RuntimeAlert } from "./createAppRuntime";

/**
 * The app's toasts. Errors use role="alert" so screen readers interrupt with them; the rest
 * use role="status" and wait their turn. A message shown again while its toast is up shows
 * its count ("Incorrect password ×2"), so a repeat is not silently merged.
 */
export function AlertToasts({
  alerts,
  onDismiss,
}: {
  alerts: RuntimeAlert[];
  onDismiss: (id: number) => void;
}) {
  if (alerts.length === 0) return null;
  return (
    <div className="tv-toasts">
      {alerts.map((alert) => (
        <div
          key={alert.id}
          className={`tv-toast tv-toast-${alert.type}`}
          role={alert.type === "error" ? "alert" : "status"}
        >
          <span className="tv-toast-message">
            {alert.message}
            {alert.count > 1 ? <span className="tv-toast-count"> ×{alert.count}</span> : null}
          </span>
          <button
            type="button"
            className="tv-toast-close"
            aria-label="Dismiss"
            onClick={() => onDismiss(alert.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
