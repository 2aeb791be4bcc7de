import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import type { ApiError } from "../errors";
import type { AddressPolicy } from "./addressPolicy";
import { addressRefused } from "./executionErrors";

/** Resolves a host name to every address it has (the default is the system resolver). */
export type HostResolver = (hostname: string) => Promise<LookupAddress[]>;

/** Raised inside the socket layer, turned into an ApiError once the connection fails. */
export class OutboundFailure extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

/** The error getaddrinfo gives for a name without addresses, so it maps to `upstream_dns`. */
function hostNotFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
}

const systemResolver: HostResolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/**
 * A socket `lookup` that resolves a name and checks every address it has against the policy
 * before anything connects: a name that resolves (or rebinds) to a refused address fails with
 * an `OutboundFailure` carrying `address_refused`. Node skips `lookup` for IP literals, so
 * callers check those themselves. Shared by the HTTP client and the PostgreSQL kind's sockets.
 */
export function createCheckedLookup(
  policy: AddressPolicy,
  resolve: HostResolver = systemResolver,
): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (all) => {
        if (all.length === 0) {
          callback(hostNotFound(hostname), "", 0);
          return;
        }
        // Every address is checked, not only the first: the connection may try any of them.
        for (const { address } of all) {
          const refusal = policy.refusalOf(address);
          if (refusal) {
            callback(new OutboundFailure(addressRefused(hostname, refusal)), "", 0);
            return;
          }
        }
        const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const usable = family ? all.filter((a) => a.family === family) : all;
        if (lookupOptions.all) callback(null, usable);
        else if (usable[0]) callback(null, usable[0].address, usable[0].family);
        else callback(hostNotFound(hostname), "", 0);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}
