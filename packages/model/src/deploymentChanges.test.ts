import { describe, expect, it } from "vitest";
import type { DeploymentSnapshot } from "./deployment";
import { deploymentChanges, hasDeploymentChanges } from "./deploymentChanges";
import { emptyQueryConfig } from "./queryKinds";

type DeployedPage = DeploymentSnapshot["pages"][number];

const query = (id: string, name: string, path = "/token") => ({
  id,
  name,
  runOnPageLoad: false,
  config: { ...emptyQueryConfig("rest", "ds"), path },
});
const page = (id: string, name: string, extra: Partial<DeployedPage> = {}): DeployedPage => ({
  id,
  name,
  slug: name.toLowerCase(),
  isHome: false,
  widgets: [],
  queries: [],
  jsObjects: [],
  moduleInstances: [],
  ...extra,
});
const instance = (version: number) => ({
  id: "m1",
  name: "Login1",
  packageId: "pkg",
  moduleName: "Login",
  version,
  runOnPageLoad: [],
});

describe("deploymentChanges", () => {
  it("lists every page as added on a first deployment", () => {
    const changes = deploymentChanges(null, [page("p1", "LoginPage"), page("p2", "Home")]);
    expect(changes.firstDeployment).toBe(true);
    expect(changes.pages.added).toEqual(["LoginPage", "Home"]);
    expect(hasDeploymentChanges(changes)).toBe(true);
  });

  it("finds nothing when the drafts equal the deployment, whatever the key order", () => {
    const deployed = [page("p1", "Home", { queries: [query("q1", "users")] })];
    const reordered = [
      {
        ...page("p1", "Home"),
        queries: [{ ...query("q1", "users") }].map((q) => ({
          config: q.config,
          runOnPageLoad: false,
          name: q.name,
          id: q.id,
        })),
      },
    ];
    const changes = deploymentChanges(deployed, reordered);
    expect(changes).toEqual({
      firstDeployment: false,
      pages: { added: [], removed: [], changed: [] },
      queries: { added: [], removed: [], changed: [] },
      moduleVersions: [],
    });
    expect(hasDeploymentChanges(changes)).toBe(false);
  });

  it("names added, removed and changed pages and queries, a rename as a change", () => {
    const deployed = [
      page("p1", "LoginPage", { queries: [query("q1", "sign_in"), query("q2", "old")] }),
      page("p2", "Gone", { queries: [query("q3", "orphan")] }),
    ];
    const next = [
      page("p1", "Login", { queries: [query("q1", "sign_in", "/token?x=1"), query("q4", "fresh")] }),
      page("p3", "Home"),
    ];
    const changes = deploymentChanges(deployed, next);
    expect(changes.pages).toEqual({ added: ["Home"], removed: ["Gone"], changed: ["Login"] });
    expect(changes.queries).toEqual({
      added: ["Login.fresh"],
      removed: ["Login.old", "Gone.orphan"],
      changed: ["Login.sign_in"],
    });
  });

  it("reports module instances whose pinned version moves, appears or goes", () => {
    const upgraded = deploymentChanges(
      [page("p1", "Home", { moduleInstances: [instance(1)] })],
      [page("p1", "Home", { moduleInstances: [instance(2)] })],
    );
    expect(upgraded.moduleVersions).toEqual([
      { page: "Home", instance: "Login1", moduleName: "Login", from: 1, to: 2 },
    ]);
    expect(upgraded.pages.changed).toEqual(["Home"]);
    const removed = deploymentChanges(
      [page("p1", "Home", { moduleInstances: [instance(1)] })],
      [page("p1", "Home")],
    );
    expect(removed.moduleVersions).toEqual([
      { page: "Home", instance: "Login1", moduleName: "Login", from: 1, to: null },
    ]);
  });
});
