import { originMismatch } from "../../executionErrors";

/**
 * The URL a run calls: the datasource's base URL, then the substituted path, then the query
 * params. Throws `origin_mismatch` unless the result keeps the base URL's origin and stays
 * under its path, so a stored path or a value can never point the call elsewhere:
 * `//evil.example`, `@evil.example`, backslashes and (encoded) `..` segments are refused.
 *
 * @example buildUpstreamUrl("http://localhost:3001/auth/v1", "/token?grant_type=password", [])
 */
export function buildUpstreamUrl(
  baseUrl: string,
  path: string,
  queryParams: readonly [string, string][],
): URL {
  // A pure function of its inputs, and a hot query calls the same URL over and over: the
  // checks run once per distinct input (refusals are not kept, they throw every time).
  const key = JSON.stringify([baseUrl, path, queryParams]);
  const known = builtUrls.get(key);
  if (known !== undefined) return new URL(known);
  const url = checkedUrl(baseUrl, path, queryParams);
  if (builtUrls.size >= MAX_BUILT_URLS) builtUrls.clear();
  builtUrls.set(key, url.href);
  return url;
}

/** Distinct inputs kept before the memo starts over (values in paths make many of them). */
const MAX_BUILT_URLS = 500;
const builtUrls = new Map<string, string>();

function checkedUrl(baseUrl: string, path: string, queryParams: readonly [string, string][]): URL {
  const base = new URL(baseUrl);
  if (path.includes("\\")) throw originMismatch("the path holds a backslash");
  const trimmedPath = path.trim();
  if (trimmedPath.startsWith("//")) throw originMismatch("the path starts with //");
  // Joined to a bare origin, `@host` or `host:port` would become a new authority.
  if (trimmedPath.startsWith("@") || /^[a-z][a-z0-9+.-]*:/i.test(trimmedPath)) {
    throw originMismatch("the path must be relative to the base URL");
  }
  // A path is always relative to the base: `token` and `/token` mean the same call.
  const joined =
    trimmedPath === "" || trimmedPath.startsWith("?")
      ? `${stripTrailingSlash(base.origin + base.pathname)}${trimmedPath}`
      : `${stripTrailingSlash(base.origin + base.pathname)}/${trimmedPath.replace(/^\/+/, "")}`;
  let url: URL;
  try {
    url = new URL(joined);
  } catch {
    throw originMismatch("the path does not form a valid URL");
  }
  if (
    url.protocol !== base.protocol ||
    url.host !== base.host ||
    url.username !== base.username ||
    url.password !== base.password
  ) {
    throw originMismatch(`it would call ${url.origin}`);
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    throw originMismatch("the path holds a malformed escape");
  }
  // Upstreams may decode %2F and %5C before resolving dot segments, so check the decoded form.
  if (decodedPath.split(/[/\\]/).some((segment) => segment === ".." || segment === ".")) {
    throw originMismatch("the path holds a dot segment");
  }
  const basePath = stripTrailingSlash(base.pathname);
  if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
    throw originMismatch(`it would leave the base path ${basePath || "/"}`);
  }
  url.hash = "";
  // Appended as text rather than through searchParams, which would re-encode the path's own query.
  const extra = [...new URLSearchParams(base.search)]
    .concat(queryParams)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  if (extra.length > 0) url.search = url.search ? `${url.search}&${extra.join("&")}` : `?${extra.join("&")}`;
  return url;
}

function stripTrailingSlash(text: string): string {
  return text.endsWith("/") ? text.slice(0, -1) : text;
}
