/** Shown for an unknown app, an app never deployed, or an unknown page of an app. */
export function NotFoundPage({ what }: { what: "app" | "page" }) {
  return (
    <main className="tv-message">
      <h1>{what === "app" ? "App not found" : "Page not found"}</h1>
      <p>
        {what === "app"
          ? "There is no app at this address, or it has not been deployed yet."
          : "This app has no page at this address."}
      </p>
      <p>
        <a href={what === "page" ? window.location.pathname.replace(/\/[^/]*\/?$/, "") : "/"}>
          {what === "page" ? "Go to the app's home page" : "Go to Tessera"}
        </a>
      </p>
    </main>
  );
}
