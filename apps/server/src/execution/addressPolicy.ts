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
]);

/**
 * The outbound address rules: link-local and metadata addresses are always refused; private
 * and loopback ranges only when `blockPrivateNetworks` is set (a self-hosted instance usually
 * calls services on its own network, so that is opt-in). IPv4-mapped IPv6 addresses are
 * checked as the IPv4 address they carry.
 *
 * @example createAddressPolicy({ blockPrivateNetworks: false }).refusalOf("169.254.169.254")
 */
export function createAddressPolicy(options: { blockPrivateNetworks: boolean }): AddressPolicy {
  return {
    refusalOf(address) {
      const family = isIP(address);
      if (family === 0) return "not an IP address";
      const type = family === 6 ? "ipv6" : "ipv4";
      if (ALWAYS_REFUSED.check(address, type))
        return "link-local and cloud metadata addresses are never called";
      if (options.blockPrivateNetworks && PRIVATE.check(address, type)) {
        return "private network addresses are blocked on this server (BLOCK_PRIVATE_NETWORKS)";
      }
      return null;
    },
    refusalOfHostName(hostname) {
      const name = hostname.toLowerCase().replace(/\.$/, "");
      return METADATA_HOST_NAMES.has(name) ? "cloud metadata hosts are never called" : null;
    },
  };
}
