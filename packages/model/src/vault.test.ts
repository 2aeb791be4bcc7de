import { describe, expect, it } from "vitest";
import { emptyPageDoc } from "./page";
import { browserBindings, vaultKeysOf } from "./queryKinds";
import { vaultKeyOf } from "./vault";
import { viewerPackageOf } from "./viewerPackageOf";
import { viewerPageOf } from "./viewerPageOf";

const config = {
  kind: "rest" as const,
  datasourceId: "ds",
  method: "POST" as const,
  path: "/user/{{inputs.id}}",
  queryParams: [],
  headers: [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }],
  body: '{ "refresh_token": {{ vault.refresh_token }} }',
};

describe("vault expressions", () => {
  it("reads a key only from the whole expression vault.<key>", () => {
    expect(vaultKeyOf("vault.access_token")).toBe("access_token");
    expect(vaultKeyOf(" vault.refresh_token ")).toBe("refresh_token");
    expect(vaultKeyOf("inputs.vault")).toBeNull();
    expect(vaultKeyOf("vault.a.b")).toBeNull();
    expect(vaultKeyOf("'Bearer ' + vault.access_token")).toBeNull();
  });

  it("lists what a config reads from the vault, and leaves it out of what the browser evaluates", () => {
    expect(vaultKeysOf(config)).toEqual(["access_token", "refresh_token"]);
    expect(browserBindings(config)).toEqual(["inputs.id"]);
  });

  it("never hands the browser a vault expression to evaluate, for app queries or query modules", () => {
    const page = viewerPageOf({
      id: "p",
      name: "Home",
      slug: "home",
      isHome: true,
      ...emptyPageDoc(),
      queries: [{ id: "q", name: "get_user", config, runOnPageLoad: false, vaultKeep: ["access_token"] }],
    });
    expect(page.queries[0]).toEqual({ name: "get_user", runOnPageLoad: false, bindings: ["inputs.id"] });
    const pkg = viewerPackageOf({
      packageId: "pkg",
      version: 1,
      modules: [{ kind: "query", name: "get_user", inputs: [], config, vaultRefresh: { onStatus: [401] } }],
    });
    expect(pkg.queryModules[0]).toEqual({ name: "get_user", inputs: [], bindings: ["inputs.id"] });
  });
});
