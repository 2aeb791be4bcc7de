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
    "fe80::1%eth0",
    // IPv4 carried in IPv6: translated, compatible, NAT64 (both spellings), 6to4.
    "::ffff:0:a9fe:a9fe",
    "::169.254.169.254",
    "64:ff9b::a9fe:a9fe",
    "64:ff9b::169.254.169.254",
    "2002:a9fe:a9fe::1",
    "64:ff9b::0:1",
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
    "fec0::1",
    "::ffff:127.0.0.1",
    "::ffff:0:a00:1",
    "::10.0.0.1",
    "64:ff9b::7f00:1",
    "64:ff9b::192.168.0.1",
    "2002:c0a8:101::1",
  ];
  for (const address of privateAddresses) {
    it(`refuses ${address} only when private networks are blocked`, () => {
      expect(open.refusalOf(address)).toBeNull();
      expect(closed.refusalOf(address)).toMatch(/BLOCK_PRIVATE_NETWORKS/);
    });
  }

  const specialPurpose = [
    "198.18.0.1",
    "198.19.255.255",
    "192.0.2.10",
    "198.51.100.7",
    "203.0.113.200",
    "192.0.0.8",
    "192.88.99.1",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "2001:db8::1",
    "2001:2::1",
    "2001::1",
    "3fff::1",
    "ff02::1",
    "ff0e::1",
    "100::1",
    "64:ff9b:1::1",
    "5f00::1",
    "::2",
    "::ffff:203.0.113.1",
    "64:ff9b::c000:201",
  ];
  for (const address of specialPurpose) {
    it(`refuses the special-purpose address ${address} only when private networks are blocked`, () => {
      expect(open.refusalOf(address)).toBeNull();
      expect(closed.refusalOf(address)).toMatch(/BLOCK_PRIVATE_NETWORKS/);
    });
  }

  it("names the IPv4 address an IPv6 one carries", () => {
    expect(open.refusalOf("64:ff9b::a9fe:a9fe")).toContain("169.254.169.254 inside 64:ff9b::a9fe:a9fe");
  });

  for (const address of [
    "93.184.216.34",
    "172.32.0.1",
    "2606:4700::1111",
    "8.8.8.8",
    "198.20.0.1",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "2001:200::1",
  ]) {
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
