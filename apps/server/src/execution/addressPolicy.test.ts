import { describe, expect, it } from "vitest";
import { createAddressPolicy } from "./addressPolicy";

describe("createAddressPolicy", () => {
  const open = createAddressPolicy({ blockPrivateNetworks: false });
  const closed = createAddressPolicy({ blockPrivateNetworks: true });

  const alwaysRefused = [
    "169.254.169.254",
    "169.254.0.1",
    "0.0.0.0",
    "0.1.2.3",
    "fe80::1",
    "febf::1",
    "::",
    "fd00:ec2::254",
    "::ffff:169.254.169.254",
    "::ffff:a9fe:a9fe",
  ];
  for (const address of alwaysRefused) {
    it(`always refuses ${address}`, () => {
      expect(open.refusalOf(address)).toMatch(/never/);
      expect(closed.refusalOf(address)).toMatch(/never/);
    });
  }

  const privateAddresses = [
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "127.0.0.1",
    "::1",
    "fd12::1",
  ];
  for (const address of privateAddresses) {
    it(`refuses ${address} only when private networks are blocked`, () => {
      expect(open.refusalOf(address)).toBeNull();
      expect(closed.refusalOf(address)).toMatch(/BLOCK_PRIVATE_NETWORKS/);
    });
  }

  for (const address of ["93.184.216.34", "172.32.0.1", "2606:4700::1111", "8.8.8.8"]) {
    it(`allows the public address ${address}`, () => {
      expect(closed.refusalOf(address)).toBeNull();
    });
  }

  it("refuses metadata host names before resolving them", () => {
    expect(open.refusalOfHostName("metadata.google.internal")).not.toBeNull();
    expect(open.refusalOfHostName("METADATA.google.internal.")).not.toBeNull();
    expect(open.refusalOfHostName("api.example.com")).toBeNull();
  });
});
