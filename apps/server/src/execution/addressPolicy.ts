import { BlockList, isIP } from "node:net";

/** Which addresses outbound calls may reach. */
export interface AddressPolicy {
  /** Why a resolved IP address is refused, or null when it may be called. */
  refusalOf(address: string): string | null;
  /** Why a host name is refused before it is even resolved, or null. */
  refusalOfHostName(hostname: string): string | null;
}

/** Names that always mean a cloud metadata service. */
const METADATA_HOST_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);

function blockList(entries: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of entries)
    list.addSubnet(network, prefix, isIP(network) === 6 ? "ipv6" : "ipv4");
  return list;
}

// Never reachable: link-local (where cloud metadata lives), "this network", and the
// metadata addresses that sit in otherwise-private ranges.
const ALWAYS_REFUSED = blockList([
  ["169.254.0.0", 16],
  ["0.0.0.0", 8],
  ["fe80::", 10],
  ["::", 128],
  ["fd00:ec2::254", 128],
  ["100.100.100.200", 32],
]);

const PRIVATE = blockList([
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["127.0.0.0", 8],
  ["100.64.0.0", 10],
  ["::1", 128],
  ["fc00::", 7],
  ["fec0::", 10],
]);

// IANA's special-purpose registries (iana-ipv4-special-registry, iana-ipv6-special-registry)
// beyond the private ranges: nothing a datasource on the internet lives at. The few globally
// reachable entries inside 192.0.0.0/24 and 2001::/23 are anycast infrastructure (AS112, PCP).
const SPECIAL_IPV4 = blockList([
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  // Reserved, with the limited broadcast 255.255.255.255 at its end.
  ["240.0.0.0", 4],
]);

// Global unicast is 2000::/3; these are the special ranges inside it.
const GLOBAL_UNICAST_IPV6 = blockList([["2000::", 3]]);
const SPECIAL_IPV6 = blockList([
  ["2001::", 23],
  ["2001:db8::", 32],
  ["3fff::", 20],
]);

const NEVER = "link-local and cloud metadata addresses are never called";
const PRIVATE_BLOCKED = "private network addresses are blocked on this server (BLOCK_PRIVATE_NETWORKS)";
const SPECIAL_BLOCKED =
  "special-purpose addresses (documentation, benchmarking, multicast, reserved) are blocked on this server (BLOCK_PRIVATE_NETWORKS)";

/** The eight 16-bit groups of an address `isIP` calls IPv6 (a zone id is dropped). */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const toGroups = (part: string) => (part ? part.split(":").map((group) => Number.parseInt(group, 16)) : []);
  const [head, tail] = text.split("::");
  const left = toGroups(head);
  if (tail === undefined) return left;
  const right = toGroups(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const ipv4Of = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * The IPv4 address an IPv6 address carries and is delivered to, or null: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96, past ::ffff),
 * NAT64 (64:ff9b::/96) and 6to4 (2002::/16, the gateway's IPv4 in bits 16-47).
 */
function embeddedIPv4(g: number[]): string | null {
  const zeros = (from: number, to: number) => g.slice(from, to).every((group) => group === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return ipv4Of(g[6], g[7]);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return ipv4Of(g[6], g[7]);
  // ::1 and :: stay IPv6 (loopback, unspecified); ::a.b.c.d needs a non-zero upper half.
  if (zeros(0, 6) && g[6] !== 0) return ipv4Of(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return ipv4Of(g[6], g[7]);
  if (g[0] === 0x2002) return ipv4Of(g[1], g[2]);
  return null;
}

function refusalOfIPv4(address: string, blockPrivateNetworks: boolean): string | null {
  if (ALWAYS_REFUSED.check(address, "ipv4")) return NEVER;
  if (!blockPrivateNetworks) return null;
  if (PRIVATE.check(address, "ipv4")) return PRIVATE_BLOCKED;
  if (SPECIAL_IPV4.check(address, "ipv4")) return SPECIAL_BLOCKED;
  return null;
}

function refusalOfIPv6(address: string, blockPrivateNetworks: boolean): string | null {
  const groups = ipv6Groups(address);
  const carried = embeddedIPv4(groups);
  if (carried) {
    const refusal = refusalOfIPv4(carried, blockPrivateNetworks);
    return refusal && `${refusal} (${carried} inside ${address})`;
  }
  const full = groups.map((g) => g.toString(16)).join(":");
  if (ALWAYS_REFUSED.check(full, "ipv6")) return NEVER;
  if (!blockPrivateNetworks) return null;
  if (PRIVATE.check(full, "ipv6")) return PRIVATE_BLOCKED;
  if (!GLOBAL_UNICAST_IPV6.check(full, "ipv6") || SPECIAL_IPV6.check(full, "ipv6")) return SPECIAL_BLOCKED;
  return null;
}

/**
 * The outbound address rules: link-local and metadata addresses are always refused; private
 * and loopback ranges, and every other special-purpose range (only global unicast is left),
 * when `blockPrivateNetworks` is set (a self-hosted instance usually calls services on its
 * own network, so that is opt-in). An IPv6 address that carries an IPv4 one (mapped,
 * translated, compatible, NAT64, 6to4) is judged as that IPv4 address.
 *
 * @example createAddressPolicy({ blockPrivateNetworks: false }).refusalOf("169.254.169.254")
 */
export function createAddressPolicy(options: { blockPrivateNetworks: boolean }): AddressPolicy {
  return {
    refusalOf(address) {
      const family = isIP(address);
      if (family === 0) return "not an IP address";
      return family === 4
        ? refusalOfIPv4(address, options.blockPrivateNetworks)
        : refusalOfIPv6(address, options.blockPrivateNetworks);
    },
    refusalOfHostName(hostname) {
      const name = hostname.toLowerCase().replace(/\.$/, "");
      return METADATA_HOST_NAMES.has(name) ? "cloud metadata hosts are never called" : null;
    },
  };
}
