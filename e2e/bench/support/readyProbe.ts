import type { Page } from "@playwright/test";

/** What a benchmark's probe logs once what it waits for shows. */
const SHOWN = "tessera-bench:shown";

/**
 * An init script that records in `window[key]` (ms since navigation start) the first time
 * `check` (JS text) holds after a change to the document, and logs that it did.
 */
export function readyProbe(key: string, check: string): string {
  return `(() => {
  const check = () => {
    if (window[${JSON.stringify(key)}] !== undefined) return;
    if (${check}) {
      window[${JSON.stringify(key)}] = performance.now();
      console.debug(${JSON.stringify(SHOWN)});
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;
}

/**
 * Opens `url` and waits until its readyProbe has fired; resolves with the time it recorded.
 * The wait listens to the console and puts nothing into the page: page.waitForFunction ran
 * Playwright's own script on the page's main thread right after the load event, 8-10 ms in
 * the middle of the startup of a page still busy after that event (traced), and not of one
 * that had finished by then.
 */
export async function openAndAwaitProbe(
  page: Page,
  url: string,
  key: string,
  timeoutMs: number,
): Promise<number> {
  const shown = page.waitForEvent("console", {
    predicate: (message) => message.text() === SHOWN,
    timeout: timeoutMs,
  });
  shown.catch(() => {});
  await page.goto(url);
  await shown;
  return page.evaluate((name) => (window as unknown as Record<string, number>)[name], key);
}
