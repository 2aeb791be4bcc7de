import { hostname as machineName } from "node:os";
import type { ServerConfig } from "../config/loadConfig";

/** The Host and Origin values that name this server. */
export interface HostPolicy {
  /**
   * Whether a Host header (`host[:port]`) names this server, for a request that arrived on
   * `localPort` over `protocol` ("http" or "https").
   */
  allowsHost(host: string | undefined, protocol: string, localPort: number): boolean;
  /** Whether an Origin header is one of this server's own origins, for the same request. */
  allowsOrigin(origin: string, protocol: string, localPort: number): boolean;
}

interface HostName {
  name: string;
  /** null: the scheme's default port was meant (no port written). */
  port: number | null;
}

/** `name` or `name:port`, the name a DNS name, an IPv4 address or a bracketed IPv6 address. */
const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/;

function parseHost(value: string): HostName | null {
  const match = HOST_PATTERN.exec(value.toLowerCase());
  if (!match) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && port > 65535) return null;
  return { name: match[1], port };
}

const defaultPort = (protocol: string) => (protocol === "https" ? 443 : 80);

/** Verdicts kept per policy before the memo starts over (hosts are few; forged ones are not). */
const MAX_KEPT_VERDICTS = 1000;

/**
 * Which names the server answers to, so a page on another site cannot reach it through a
 * DNS name that rebinds to this machine's address (the browser then sends that name as Host,
 * and treats the server as same-origin with the attacker's page).
 * - PUBLIC_URL set: its host (and port), plus ALLOWED_HOSTS; Origin must be PUBLIC_URL's.
 * - unset: localhost, 127.0.0.1, [::1] and `os.hostname()` on the port the connection came
 *   in on (tests and benchmarks listen on port 0), plus ALLOWED_HOSTS.
 * An ALLOWED_HOSTS entry without a port allows that name on any port.
 *
 * @example createHostPolicy(config).allowsHost("localhost:3000", "http", 3000) // true
 */
export function createHostPolicy(
  config: Pick<ServerConfig, "publicUrl" | "allowedHosts">,
  localNames: readonly string[] = ["localhost", "127.0.0.1", "[::1]", machineName()],
): HostPolicy {
  const extra = config.allowedHosts.map(parseHost).filter((host): host is HostName => host !== null);
  const local = new Set(localNames.map((name) => name.toLowerCase()));
  const publicUrl = config.publicUrl ? new URL(config.publicUrl) : null;
  const publicScheme = publicUrl?.protocol.slice(0, -1) ?? "";
  const publicPort = publicUrl ? Number(publicUrl.port || defaultPort(publicScheme)) : 0;

  const isExtra = (host: HostName, protocol: string) =>
    extra.some(
      (allowed) =>
        allowed.name === host.name &&
        (allowed.port === null || allowed.port === (host.port ?? defaultPort(protocol))),
    );

  const allows = (host: HostName, protocol: string, localPort: number): boolean => {
    if (isExtra(host, protocol)) return true;
    if (publicUrl) {
      return host.name === publicUrl.hostname && (host.port === null || host.port === publicPort);
    }
    return local.has(host.name) && (host.port ?? defaultPort(protocol)) === localPort;
  };

  const verdicts = new Map<string, boolean>();
  return {
    allowsHost(value, protocol, localPort) {
      if (value === undefined) return false;
      const key = `${protocol} ${localPort} ${value}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        const host = parseHost(value);
        verdict = host !== null && allows(host, protocol, localPort);
        if (verdicts.size >= MAX_KEPT_VERDICTS) verdicts.clear();
        verdicts.set(key, verdict);
      }
      return verdict;
    },
    allowsOrigin(origin, protocol, localPort) {
      if (publicUrl && origin === publicUrl.origin) return true;
      const url = URL.parse(origin);
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== origin)
        return false;
      const scheme = url.protocol.slice(0, -1);
      const host = parseHost(url.host);
      if (!host) return false;
      if (isExtra(host, scheme)) return true;
      // Without PUBLIC_URL the page's scheme is the request's own (https via a trusted proxy).
      return !publicUrl && scheme === protocol && allows(host, protocol, localPort);
    },
  };
}
