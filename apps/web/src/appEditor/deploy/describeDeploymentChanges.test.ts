import { describe, expect, it } from "vitest";
import { describeDeploymentChanges } from "./describeDeploymentChanges";

const none = { added: [], removed: [], changed: [] };

describe("describeDeploymentChanges", () => {
  it("says nothing when nothing changes", () => {
    expect(
      describeDeploymentChanges({ firstDeployment: false, pages: none, queries: none, moduleVersions: [] }),
    ).toEqual([]);
  });

  it("names pages, queries and module versions by kind of change", () => {
    expect(
      describeDeploymentChanges({
        firstDeployment: false,
        pages: { added: ["Home"], removed: [], changed: ["LoginPage", "Admin"] },
        queries: { added: [], removed: ["Home.users"], changed: [] },
        moduleVersions: [
          { page: "LoginPage", instance: "Login1", moduleName: "Login", from: 1, to: 2 },
          { page: "Home", instance: "Logout1", moduleName: "Logout", from: null, to: 3 },
          { page: "Admin", instance: "Old1", moduleName: "Old", from: 2, to: null },
        ],
      }),
    ).toEqual([
      "Pages added: Home",
      "Pages changed: LoginPage, Admin",
      "Queries removed: Home.users",
      "Login1 on LoginPage: v1 → v2",
      "Logout1 on Home: new, Logout v3",
      "Old1 on Admin: removed (was v2)",
    ]);
  });
});
