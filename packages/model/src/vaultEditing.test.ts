import { describe, expect, it } from "vitest";
import { emptyPageDoc, type PageDoc } from "./page";
import { pageEntities } from "./pageEntities";
import { pageProblems } from "./pageProblems";
import { queryBindingProblems } from "./queryBindingProblems";
import { emptyQueryConfig } from "./queryKinds";
import { keptVaultKeys, refreshActionConflict, refreshActionsOf } from "./vault";

const entities = pageEntities(emptyPageDoc(), { packages: [], widgetTypes: {} });

describe("keptVaultKeys", () => {
  it("lists every kept key once, sorted", () => {
    expect(
      keptVaultKeys([{ vaultKeep: ["refresh_token", "access_token"] }, {}, { vaultKeep: ["access_token"] }]),
    ).toEqual(["access_token", "refresh_token"]);
    expect(keptVaultKeys([])).toEqual([]);
  });
});

describe("refresh actions", () => {
  const modules = [
    { kind: "query", name: "sign_in" },
    { kind: "query", name: "refresh", vaultRefresh: { onStatus: [401] } },
    { kind: "js", name: "Login" },
  ];

  it("finds the marked query module", () => {
    expect(refreshActionsOf(modules)).toEqual(["refresh"]);
  });

  it("refuses a second one, naming the first, and lets the first stay marked", () => {
    expect(refreshActionConflict(modules, "sign_in")).toBe(
      "refresh is this package's refresh action already: a package has one, so unmark refresh first",
    );
    expect(refreshActionConflict(modules, "refresh")).toBeNull();
    expect(refreshActionConflict(modules.slice(0, 1), "sign_in")).toBeNull();
  });
});

describe("queryBindingProblems", () => {
  it("takes a kept key, and an unknown one that is no near miss (another page may keep it)", () => {
    expect(queryBindingProblems("vault.access_token", entities, ["access_token"])).toEqual([]);
    expect(queryBindingProblems("vault.session_id", entities, ["access_token"])).toEqual([]);
    expect(queryBindingProblems("vault.access_token", entities)).toEqual([]);
  });

  it("flags a misspelt key with the kept name it is near", () => {
    expect(queryBindingProblems("vault.acess_token", entities, ["access_token"])).toEqual([
      {
        kind: "reference",
        path: "vault.acess_token",
        message: 'No query keeps "acess_token" in the vault; did you mean "access_token"?',
      },
    ]);
  });

  it("says how to write vault inside a larger expression, which the browser cannot evaluate", () => {
    const [problem] = queryBindingProblems("'Bearer ' + vault.access_token", entities, ["access_token"]);
    expect(problem.message).toBe(
      "The server fills in vault values only as a binding of their own: write {{vault.access_token}}, as in Bearer {{vault.access_token}}",
    );
  });

  it("checks other expressions as page code", () => {
    expect(queryBindingProblems("Inpt1.text", entities)[0].message).toContain('Unknown name "Inpt1"');
  });
});

describe("pageProblems of a query reading the vault", () => {
  it("passes a kept key and flags a near miss", () => {
    const config = {
      ...emptyQueryConfig("rest", "ds"),
      headers: [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }],
      body: "{{vault.refesh_token}}",
    };
    const doc: PageDoc = {
      ...emptyPageDoc(),
      queries: [{ id: "q", name: "get_user", config, runOnPageLoad: false }],
    };
    const problems = pageProblems(doc, {
      packages: [],
      widgetTypes: {},
      vaultKeys: ["access_token", "refresh_token"],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'No query keeps "refesh_token" in the vault; did you mean "refresh_token"?',
    ]);
  });
});
