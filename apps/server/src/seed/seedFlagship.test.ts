import { describe, expect, it } from "vitest";
import { createDatasource } from "../test/createDatasource";
import { createWorkspace } from "../test/createWorkspace";
import { signUp } from "../test/signUp";
import { startTestServer } from "../test/testServer";
import { flagshipNotice, seedFlagship } from "./seedFlagship";

describe("seedFlagship", async () => {
  const server = await startTestServer();
  const author = server.client();
  const user = await signUp(author);
  const workspace = await createWorkspace(author);
  const datasource = await createDatasource(author, workspace.id, "seed-secret-key");

  it("deploys a public login app that any visitor can open", async () => {
    const seeded = await seedFlagship(server.store, {
      workspaceId: workspace.id,
      datasourceId: datasource.id,
      userId: user.id,
    });
    expect(seeded).toEqual({ appSlug: "login-app" });

    const res = await server.client().get("/api/v1/viewer/apps/login-app");
    expect(res.status).toBe(200);
    const pages = res.body.pages as {
      name: string;
      slug: string;
      isHome: boolean;
      moduleInstances: unknown[];
      compiled?: { entryGuard?: unknown };
    }[];
    expect(pages.map((page) => [page.name, page.slug, page.isHome])).toEqual([
      ["LoginPage", "loginpage", false],
      ["Home", "home", true],
      ["QuickLogin", "quicklogin", false],
    ]);
    expect(pages[1].moduleInstances).toEqual([
      expect.objectContaining({ name: "Login1", moduleName: "Login", version: 1, runOnPageLoad: ["guard"] }),
    ]);
    // Home's guard is compiled into one the viewer follows before the page's code starts.
    expect(pages[1].compiled?.entryGuard).toEqual({ storeLacks: "access_token", navigateTo: "LoginPage" });
    expect(pages[0].compiled?.entryGuard).toBeUndefined();
    // QuickLogin is one drop of the package's LoginForm, served laid out.
    expect(pages[2].moduleInstances).toEqual([
      expect.objectContaining({ name: "LoginForm1__Login", moduleName: "Login", version: 1 }),
    ]);
    const [pkg] = res.body.packages;
    expect(pkg.jsModules.map((module: { name: string }) => module.name)).toEqual(["Login"]);
    expect(pkg.queryModules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "sign_in", bindings: ["inputs.email", "inputs.password"] }),
        expect.objectContaining({ name: "refresh", bindings: ["inputs.refresh_token"] }),
        expect.objectContaining({ name: "sign_out", bindings: ["inputs.access_token"] }),
      ]),
    );
  });

  it("publishes the Auth package as version 1", async () => {
    const res = await author.get(`/api/v1/workspaces/${workspace.id}/js-modules`);
    expect(res.status).toBe(200);
    expect(res.body.modules).toEqual([
      expect.objectContaining({ packageName: "Auth", moduleName: "Login", version: 1 }),
    ]);
  });

  it("does nothing the second time", async () => {
    expect(
      await seedFlagship(server.store, {
        workspaceId: workspace.id,
        datasourceId: datasource.id,
        userId: user.id,
      }),
    ).toBeNull();
  });

  it("tells where to find the app and how to sign in", () => {
    expect(flagshipNotice("http://localhost:3000")).toBe(
      "Login App: http://localhost:3000/app/login-app  (demo user: demo@example.com / password123)\n",
    );
  });
});
