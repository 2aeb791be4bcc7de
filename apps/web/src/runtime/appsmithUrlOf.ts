import type { AppsmithUrl } from "@tessera/engine";

/** `appsmith.URL` for a location: what user code reads as `appsmith.URL.queryParams.id`. */
export function appsmithUrlOf(href: string): AppsmithUrl {
  const url = new URL(href);
  return {
    fullPath: url.href,
    host: url.host,
    hostname: url.hostname,
    pathname: url.pathname,
    protocol: url.protocol,
    port: url.port,
    hash: url.hash,
    queryParams: Object.fromEntries(url.searchParams),
  };
}
