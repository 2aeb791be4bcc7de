/** The thin progress bar shown while an app or a guarded page loads. */
export function ViewerLoading({ label = "Loading" }: { label?: string }) {
  return (
    <div className="tv-loading" role="status" aria-live="polite">
      <span className="tv-loading-bar" />
      <span className="tv-visually-hidden">{label}</span>
    </div>
  );
}
