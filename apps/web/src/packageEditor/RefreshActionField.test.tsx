import { emptyQueryConfig, type ModuleBody, type QueryModule } from "@tessera/model";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VaultRunSummary } from "../queryEditor/VaultRunSummary";
import { RefreshActionField } from "./RefreshActionField";

const query = (name: string, extra: Partial<QueryModule> = {}): QueryModule => ({
  kind: "query",
  name,
  inputs: [],
  config: emptyQueryConfig("rest", null),
  ...extra,
});

const render = (module: QueryModule, modules: ModuleBody[]) =>
  renderToStaticMarkup(<RefreshActionField module={module} packageModules={modules} onChange={() => {}} />);

describe("RefreshActionField", () => {
  it("offers an unmarked module when the package has no refresh action", () => {
    const signIn = query("sign_in", { vaultKeep: ["access_token"] });
    const html = render(signIn, [signIn]);
    expect(html).not.toContain("disabled");
    expect(html).toContain("It renews the fields it keeps in the vault: access_token.");
    expect(html).not.toContain("Statuses");
  });

  it("shows the statuses of the marked one, 401 and 403 here", () => {
    const refresh = query("refresh", { vaultRefresh: { onStatus: [401, 403] } });
    const html = render(refresh, [refresh]);
    expect(html).toContain('value="401, 403"');
    expect(html).toContain("none yet");
  });

  it("refuses a second refresh action, naming the first", () => {
    const refresh = query("refresh", { vaultRefresh: { onStatus: [401] } });
    const signIn = query("sign_in");
    const html = render(signIn, [signIn, refresh]);
    expect(html).toContain("disabled");
    expect(html).toContain("refresh is this package&#x27;s refresh action already");
  });

  it("says publishing refuses two when two are marked already (an import)", () => {
    const a = query("a", { vaultRefresh: { onStatus: [401] } });
    const b = query("b", { vaultRefresh: { onStatus: [401] } });
    const html = render(a, [a, b]);
    expect(html).toContain('role="alert"');
    expect(html).toContain("publishing refuses two");
  });
});

describe("VaultRunSummary", () => {
  it("names what a run kept, or what the vault holds, never a value", () => {
    expect(
      renderToStaticMarkup(<VaultRunSummary vault={{ keys: ["a", "b"], kept: ["access_token", "b"] }} />),
    ).toContain("Kept in the vault: access_token, b");
    expect(renderToStaticMarkup(<VaultRunSummary vault={{ keys: [] }} />)).toContain(
      "The vault holds: nothing",
    );
    expect(renderToStaticMarkup(<VaultRunSummary vault={{ keys: ["a"], refreshed: true }} />)).toContain(
      "Renewed by the refresh action, then retried. The vault holds: a",
    );
    expect(renderToStaticMarkup(<VaultRunSummary vault={undefined} />)).toBe("");
  });
});
