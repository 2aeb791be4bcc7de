import type { AppNavigation, ViewerPage } from "@tessera/model";

/**
 * The deployed app's title and its pages, as a bar on top or at the side (a top bar again at
 * phone width). Pages the author hid are left out; they still open by URL or `navigateTo`.
 * Links are real links (open in a new tab works); a plain click changes page in place.
 */
export function AppNav({
  title,
  layout,
  pages,
  current,
  hrefOf,
  onOpen,
}: {
  title: string;
  layout: Exclude<AppNavigation, "hidden">;
  pages: ViewerPage[];
  current: ViewerPage;
  hrefOf: (page: ViewerPage) => string;
  onOpen: (page: ViewerPage) => void;
}) {
  return (
    <header className={`tv-nav tv-nav-${layout}`}>
      <span className="tv-title">{title}</span>
      {pages.length > 0 ? (
        <nav aria-label="Pages">
          <ul>
            {pages.map((page) => (
              <li key={page.id}>
                <a
                  href={hrefOf(page)}
                  aria-current={page.id === current.id ? "page" : undefined}
                  onClick={(event) => {
                    if (
                      event.button !== 0 ||
                      event.metaKey ||
                      event.ctrlKey ||
                      event.shiftKey ||
                      event.altKey
                    )
                      return;
                    event.preventDefault();
                    onOpen(page);
                  }}
                >
                  {page.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
