import { describe, expect, it } from "vitest";
import { ApiError } from "../../../errors";
import { buildUpstreamUrl } from "./buildUpstreamUrl";

const BASE = "http://localhost:3001/auth/v1";

describe("buildUpstreamUrl", () => {
  const allowed: { path: string; params?: [string, string][]; expected: string }[] = [
    { path: "/token?grant_type=password", expected: `${BASE}/token?grant_type=password` },
    { path: "token", expected: `${BASE}/token` },
    { path: "", expected: BASE },
    { path: "?x=1", params: [["y", "a b&c"]], expected: `${BASE}?x=1&y=a%20b%26c` },
    { path: "/users/a%2Fb", expected: `${BASE}/users/a%2Fb` },
    { path: "/user#fragment", expected: `${BASE}/user` },
    { path: "/@scope/pkg", expected: `${BASE}/@scope/pkg` },
    { path: "/search", params: [["q", "é/?"]], expected: `${BASE}/search?q=%C3%A9%2F%3F` },
  ];
  for (const c of allowed) {
    it(`builds ${JSON.stringify(c.path)}`, () => {
      expect(buildUpstreamUrl(BASE, c.path, c.params ?? []).href).toBe(c.expected);
    });
  }

  it("keeps a base URL's own query first", () => {
    expect(buildUpstreamUrl("http://api.test/v1?key=k", "/items", [["page", "2"]]).href).toBe(
      "http://api.test/v1/items?key=k&page=2",
    );
  });

  const refused: { name: string; base?: string; path: string }[] = [
    { name: "a protocol-relative path", path: "//evil.example/x" },
    { name: "a userinfo trick on a bare origin", base: "http://localhost:3001", path: "@evil.example" },
    { name: "a userinfo trick with a port", base: "http://localhost:3001", path: "evil.example:80@x" },
    { name: "a leading-space protocol-relative path", path: "  //evil.example" },
    { name: "a backslash", path: "\\\\evil.example" },
    { name: "a backslash inside the path", path: "/a\\..\\..\\admin" },
    { name: "a dot-dot segment", path: "/../admin" },
    { name: "an encoded slash before dot-dot", path: "/..%2Fadmin" },
    { name: "an encoded dot-dot", path: "/%2e%2e/admin" },
    { name: "an encoded backslash", path: "/..%5Cadmin" },
    { name: "a malformed escape", path: "/%E0%A4%A" },
    { name: "a path that leaves the base path via encoded dots", path: "/%2e%2e%2f%2e%2e%2fmetadata" },
    { name: "an absolute URL as the path", base: "http://localhost:3001", path: "http://evil.example" },
  ];
  for (const c of refused) {
    it(`refuses ${c.name}`, () => {
      let error: unknown = null;
      try {
        buildUpstreamUrl(c.base ?? BASE, c.path, []);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("origin_mismatch");
    });
  }

  it("answers a repeated call with an equal URL of its own, and refuses every time", () => {
    const first = buildUpstreamUrl(BASE, "/token?grant_type=password", [["a", "1"]]);
    first.pathname = "/elsewhere";
    const second = buildUpstreamUrl(BASE, "/token?grant_type=password", [["a", "1"]]);
    expect(second.href).toBe(`${BASE}/token?grant_type=password&a=1`);
    for (let i = 0; i < 2; i++)
      expect(() => buildUpstreamUrl(BASE, "//evil.example/x", [])).toThrow(ApiError);
  });
});
