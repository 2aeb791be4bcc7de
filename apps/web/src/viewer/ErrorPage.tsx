/** Shown when the app could not be loaded for a reason other than "not found". */
export function ErrorPage({ message }: { message: string }) {
  return (
    <main className="tv-message">
      <h1>Something went wrong</h1>
      <p role="alert">{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </p>
    </main>
  );
}
