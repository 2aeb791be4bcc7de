import { hasBindings } from "@tessera/engine";
import type { ViewerPage } from "./deployment";
import { EVENT_PROP_NAME } from "./eventProps";

/** The page a `navigateTo` target names: by name (`"Home"`), else by slug. */
export function pageByTarget<Page extends Pick<ViewerPage, "name" | "slug">>(
  pages: readonly Page[],
  target: string,
): Page | undefined {
  const name = target.trim();
  return pages.find((page) => page.name === name) ?? pages.find((page) => page.slug === name.toLowerCase());
}

/**
 * The pages opening an app's URL may show first: the page its slug names (the home page when
 * there is none), then each page its compiled entry guard leads to, in order. Which of them
 * a visitor lands on depends on their store (`entryPageFor`); this list covers them all.
 * Empty when the slug names no page.
 */
export function entryPagesOf(pages: readonly ViewerPage[], pageSlug: string | undefined): ViewerPage[] {
  const first =
    pageSlug === undefined
      ? (pages.find((page) => page.isHome) ?? pages[0])
      : pages.find((page) => page.slug === pageSlug.toLowerCase());
  return first ? guardedChain(pages, first, () => false) : [];
}

/**
 * The page opening `page` shows: where its compiled entry guards send a visitor whose store
 * lacks their key (Home's sends one without a session to LoginPage), else `page` itself.
 */
export function entryPageFor(
  pages: readonly ViewerPage[],
  page: ViewerPage,
  storeHas: (key: string) => boolean,
): ViewerPage {
  return guardedChain(pages, page, storeHas).at(-1) ?? page;
}

/** `page`, then each page an entry guard leads to while the store lacks its key, each once. */
function guardedChain(
  pages: readonly ViewerPage[],
  page: ViewerPage,
  storeHas: (key: string) => boolean,
): ViewerPage[] {
  const chain = [page];
  for (;;) {
    const guard = chain[chain.length - 1].compiled?.entryGuard;
    if (!guard || storeHas(guard.storeLacks)) return chain;
    const next = pageByTarget(pages, guard.navigateTo);
    if (!next || chain.includes(next)) return chain;
    chain.push(next);
  }
}

/** True when the page has anything to run on load (a guard, a query), so it must wait for it. */
export function hasPageLoadActions(page: ViewerPage): boolean {
  return (
    page.queries.some((query) => query.runOnPageLoad) ||
    page.jsObjects.some((js) => js.runOnPageLoad.length > 0) ||
    page.moduleInstances.some((instance) => instance.runOnPageLoad.length > 0)
  );
}

/**
 * True when the page needs its engine as soon as it opens: it runs something on load or a
 * widget's value prop holds a binding, so the page is not whole until the engine answers.
 * A page whose code is only in handlers paints first, its worker starting after the paint
 * (bench viewer: LoginPage, whose Button's onClick signs in).
 */
export function needsEngineOnOpen(page: ViewerPage): boolean {
  return (
    hasPageLoadActions(page) ||
    page.widgets.some((widget) =>
      Object.entries(widget.props).some(([key, value]) => !EVENT_PROP_NAME.test(key) && hasBindings(value)),
    )
  );
}
