import { describe, expect, it } from "vitest";
import { parseRoute, safeNext, signInPath } from "./router";

describe("parseRoute", () => {
  it("names the editor routes with their params", () => {
    expect(parseRoute("/")).toEqual({ name: "home" });
    expect(parseRoute("/datasources/ds1")).toEqual({ name: "datasource", datasourceId: "ds1" });
    expect(parseRoute("/packages/p1")).toEqual({ name: "package", packageId: "p1" });
    expect(parseRoute("/packages/p1/modules/m2")).toEqual({
      name: "package",
      packageId: "p1",
      moduleId: "m2",
    });
    expect(parseRoute("/apps/a1")).toEqual({ name: "app", appId: "a1" });
    expect(parseRoute("/apps/a1/pages/pg")).toEqual({ name: "app", appId: "a1", pageId: "pg" });
    expect(parseRoute("/workspaces/w1/members")).toEqual({ name: "members", workspaceId: "w1" });
    expect(parseRoute("/invite/tok_1")).toEqual({ name: "invite", token: "tok_1" });
    expect(parseRoute("/nope/x")).toEqual({ name: "notFound", path: "/nope/x" });
  });

  it("reads next from the sign-in query string", () => {
    expect(parseRoute("/signin", "?next=%2Fapp%2Fdemo")).toEqual({ name: "signin", next: "/app/demo" });
    expect(parseRoute("/signup", "")).toEqual({ name: "signup", next: null });
  });
});

describe("safeNext", () => {
  it("refuses paths that would leave the site", () => {
    expect(safeNext("//evil.example/x")).toBeNull();
    expect(safeNext("https://evil.example")).toBeNull();
    expect(safeNext("/\\evil.example")).toBeNull();
    expect(safeNext("/app/login")).toBe("/app/login");
  });
});

describe("signInPath", () => {
  it("encodes next", () => {
    expect(signInPath("/app/a?x=1")).toBe("/signin?next=%2Fapp%2Fa%3Fx%3D1");
    expect(signInPath()).toBe("/signin");
  });
});
