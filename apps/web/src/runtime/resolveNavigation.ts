import { pageByTarget, type ViewerPage } from "@tessera/model";

/** Where a `navigateTo` call leads. */
export type NavigationResolution =
  | { kind: "page"; page: ViewerPage }
  | { kind: "url"; url: string }
  | { kind: "unknown"; message: string };

/**
 * Resolves `navigateTo`'s first argument: a page name (`"Home"`), else a page slug, else an
 * http(s) or same-site URL. Other schemes (`javascript:`, `data:`) are refused: an app's code
 * may pass text typed by a visitor.
 */
export function resolveNavigation(pages: ViewerPage[], target: string, base: string): NavigationResolution {
  const page = pageByTarget(pages, target);
  if (page) return { kind: "page", page };
  const name = target.trim();
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(name) || name.startsWith("/") || name.startsWith("www.");
  if (!looksLikeUrl) return { kind: "unknown", message: `navigateTo: there is no page named "${name}"` };
  let url: URL;
  try {
    url = new URL(name.startsWith("www.") ? `https://${name}` : name, base);
  } catch {
    return { kind: "unknown", message: `navigateTo: "${name}" is not a valid URL` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { kind: "unknown", message: `navigateTo: ${url.protocol} URLs are not allowed` };
  }
  return { kind: "url", url: url.href };
}

/** Query-string form of navigation params; objects are sent as JSON. */
export function navigationSearch(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    search.set(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
