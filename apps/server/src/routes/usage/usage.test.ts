import { describe, expect, it } from "vitest";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { loginModule, signInModule } from "../../test/moduleBodies";
import { loginPageDoc } from "../../test/pageDocs";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

const LOGIN_V1 =
  "export default { signin: ({ email, password }) => sign_in.run({ email, password }).then(() => navigateTo('Home')), signout: () => clearStore() }";
const LOGIN_V2 =
  "export default { signin: ({ email, password }) => sign_in.run({ email, password }).then(() => navigateTo('Dashboard')), signout: () => clearStore() }";

describe("package versions across apps", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const workspace = await createWorkspace(dev);
  let datasource: { id: string } | undefined;

  /** Auth v1 (sign_in + Login), published. */
  async function publishedPackage(datasourceId: string | null) {
    const pkg = (await dev.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Auth" })).body
      .package;
    await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasourceId));
    const login = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule(LOGIN_V1))).body.module;
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    return { pkg, login };
  }

  /** Auth v1 used by an app's page draft, optionally deployed. */
  async function packageInApp(options: { deploy: boolean; appName?: string }) {
    datasource ??= await createDatasource(dev, workspace.id, registerSecret("sk-usage-secret"));
    const { pkg, login } = await publishedPackage(datasource.id);
    const created = (
      await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: options.appName ?? "Portal" })
    ).body;
    const page = created.pages[0];
    const saved = await dev.put(`/api/v1/apps/${created.app.id}/pages/${page.id}/doc`, {
      revision: 1,
      doc: loginPageDoc({ datasourceId: datasource.id, packageId: pkg.id, version: 1 }),
    });
    expect(saved.status).toBe(200);
    if (options.deploy) expect((await dev.post(`/api/v1/apps/${created.app.id}/deploy`)).status).toBe(201);
    return { pkg, login, app: created.app, page, revision: saved.body.revision as number };
  }

  async function saveLogin(
    pkgId: string,
    login: { id: string; revision: number },
    source: string,
    inputs: string[] = [],
  ) {
    const res = await dev.put(`/api/v1/packages/${pkgId}/modules/${login.id}`, {
      revision: login.revision,
      module: { ...loginModule(source), inputs: inputs.map((name) => ({ name, defaultValue: "" })) },
    });
    expect(res.status).toBe(200);
    return res.body.module as { id: string; revision: number };
  }

  it("lists where each version is used: app, page, instance, draft and deployed", async () => {
    const { pkg, app, page } = await packageInApp({ deploy: true });
    const res = await dev.get(`/api/v1/packages/${pkg.id}/usage`);
    expect(res.status).toBe(200);
    expect(res.body.versions).toEqual([
      {
        version: 1,
        uses: [
          {
            appId: app.id,
            appName: "Portal",
            pageId: page.id,
            pageName: "Page1",
            instance: "Login1",
            moduleName: "Login",
            source: "deployed",
            deployment: 1,
          },
          {
            appId: app.id,
            appName: "Portal",
            pageId: page.id,
            pageName: "Page1",
            instance: "Login1",
            moduleName: "Login",
            source: "draft",
          },
        ],
      },
    ]);
  });

  it("moves a draft use to the new version after an upgrade, while the deployment stays on v1", async () => {
    const { pkg, login, app, page, revision } = await packageInApp({ deploy: true });
    await saveLogin(pkg.id, login, LOGIN_V2);
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    // New instances take the latest published version: the picker offers v2 now.
    const picker = (await dev.get(`/api/v1/workspaces/${workspace.id}/js-modules`)).body.modules;
    expect(picker.find((m: { packageId: string }) => m.packageId === pkg.id)?.version).toBe(2);
    await dev.put(`/api/v1/apps/${app.id}/pages/${page.id}/doc`, {
      revision,
      doc: loginPageDoc({ datasourceId: datasource?.id ?? null, packageId: pkg.id, version: 2 }),
    });
    const usage = (await dev.get(`/api/v1/packages/${pkg.id}/usage`)).body.versions;
    expect(
      usage.map((v: { version: number; uses: { source: string }[] }) => [
        v.version,
        v.uses.map((u) => u.source),
      ]),
    ).toEqual([
      [2, ["draft"]],
      [1, ["deployed"]],
    ]);
  });

  it("keeps a deployment on the versions it was deployed with until the next deploy", async () => {
    const { pkg, login, app, page, revision } = await packageInApp({ deploy: true, appName: "Pinned" });
    await saveLogin(pkg.id, login, LOGIN_V2);
    await dev.post(`/api/v1/packages/${pkg.id}/publish`);
    await dev.put(`/api/v1/apps/${app.id}/pages/${page.id}/doc`, {
      revision,
      doc: loginPageDoc({ datasourceId: datasource?.id ?? null, packageId: pkg.id, version: 2 }),
    });
    const before = await dev.get(`/api/v1/viewer/apps/${app.slug}`);
    expect(before.body.packages[0].version).toBe(1);
    expect(before.body.packages[0].jsModules[0].source).toContain("navigateTo('Home')");

    expect((await dev.post(`/api/v1/apps/${app.id}/deploy`)).status).toBe(201);
    const after = await dev.get(`/api/v1/viewer/apps/${app.slug}`);
    expect(after.body.packages[0].version).toBe(2);
    expect(after.body.packages[0].jsModules[0].source).toContain("navigateTo('Dashboard')");
  });

  it("summarises the change between two versions and towards the draft", async () => {
    const { pkg, login } = await publishedPackage(null);
    const saved = await saveLogin(pkg.id, login, LOGIN_V2, ["tenant"]);
    await dev.post(`/api/v1/packages/${pkg.id}/publish`);
    const diff = await dev.get(`/api/v1/packages/${pkg.id}/versions/1/diff/2`);
    expect(diff.status).toBe(200);
    expect(diff.body.summary).toMatchObject({
      modulesAdded: [],
      modulesRemoved: [],
      modulesChanged: [
        {
          name: "Login",
          inputsAdded: ["tenant"],
          functionsChanged: [{ name: "signin", paramsChanged: false, bodyChanged: true }],
        },
      ],
    });
    await saveLogin(pkg.id, saved, "export default { signin: (email) => 1 }");
    const toDraft = await dev.get(`/api/v1/packages/${pkg.id}/versions/2/diff/draft`);
    expect(toDraft.body.summary.modulesChanged[0]).toMatchObject({
      functionsRemoved: ["signout"],
      inputsRemoved: ["tenant"],
      functionsChanged: [{ name: "signin", paramsBefore: ["{ email, password }"], paramsAfter: ["email"] }],
    });
    expect((await dev.get(`/api/v1/packages/${pkg.id}/versions/1/diff/9`)).status).toBe(404);
    expect((await dev.get(`/api/v1/packages/${pkg.id}/versions/0/diff/1`)).status).toBe(400);
  });

  it("answers 409 breaking_change naming the affected apps unless the publish is confirmed", async () => {
    const { pkg, login, app, page } = await packageInApp({ deploy: true, appName: "Breakable" });
    await saveLogin(pkg.id, login, "export default { signin: ({ email, password }) => 1 }");
    const refused = await dev.post(`/api/v1/packages/${pkg.id}/publish`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("breaking_change");
    expect(refused.body.error.message).toContain("Breakable");
    expect(refused.body.error.affected).toEqual([
      {
        app: { id: app.id, name: "Breakable" },
        page: { id: page.id, name: "Page1" },
        instance: "Login1",
        source: "deployed",
        removed: ["function signout"],
        calls: [],
      },
      {
        app: { id: app.id, name: "Breakable" },
        page: { id: page.id, name: "Page1" },
        instance: "Login1",
        source: "draft",
        removed: ["function signout"],
        calls: [],
      },
    ]);
    expect((await dev.get(`/api/v1/packages/${pkg.id}`)).body.package.latestVersion).toBe(1);
    const preview = await dev.get(`/api/v1/packages/${pkg.id}/breaking-changes`);
    expect(preview.body.affected).toHaveLength(2);

    const confirmed = await dev.post(`/api/v1/packages/${pkg.id}/publish`, { confirm: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.version.version).toBe(2);
  });

  it("lists each call whose arguments no longer fit, with the widget, property and code", async () => {
    const { pkg, login, app, page } = await packageInApp({ deploy: true, appName: "Arity" });
    // Button1 calls `Login1.signin({ email: Input1.text })`: one argument, no longer taken.
    await saveLogin(pkg.id, login, "export default { signin: () => 1, signout: () => clearStore() }");
    const refused = await dev.post(`/api/v1/packages/${pkg.id}/publish`, {});
    expect(refused.status).toBe(409);
    const call = {
      entity: { kind: "widget", name: "Button1" },
      property: "onClick",
      code: "Login1.signin({ email: Input1.text })",
      problem: "signin takes 0 arguments now (none), this call passes 1",
    };
    expect(refused.body.error.affected).toEqual([
      expect.objectContaining({ app: { id: app.id, name: "Arity" }, page: { id: page.id, name: "Page1" } }),
      expect.objectContaining({ source: "draft", removed: ["arguments of signin"], calls: [call] }),
    ]);
    expect(refused.body.error.affected[0]).toMatchObject({ source: "deployed", calls: [call] });
    expect(refused.body.error.message).toContain("arguments of signin");
    // Still one argument, now with a default: every call fits, nothing to confirm.
    const fresh = (await dev.get(`/api/v1/packages/${pkg.id}`)).body.modules.find(
      (m: { module: { name: string } }) => m.module.name === "Login",
    );
    await saveLogin(pkg.id, fresh, "export default { signin: (c = {}) => 1, signout: () => clearStore() }");
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`, {})).status).toBe(201);
  });

  it("lists an input the app sets that the draft removes or retypes", async () => {
    const { pkg, login, app, page, revision } = await packageInApp({ deploy: false, appName: "Inputs" });
    const typed = (name: string, type: string) => ({
      name,
      type,
      required: false,
      defaultValue: "",
      description: "",
    });
    const res = await dev.put(`/api/v1/packages/${pkg.id}/modules/${login.id}`, {
      revision: login.revision,
      module: { ...loginModule(LOGIN_V1), inputs: [typed("tenant", "text"), typed("retries", "text")] },
    });
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`, { confirm: true })).status).toBe(201);
    const doc = loginPageDoc({ datasourceId: datasource?.id ?? null, packageId: pkg.id, version: 2 });
    doc.moduleInstances[0] = {
      ...doc.moduleInstances[0],
      inputs: { tenant: "{{Input1.text}}", retries: "3" },
    } as never;
    expect((await dev.put(`/api/v1/apps/${app.id}/pages/${page.id}/doc`, { revision, doc })).status).toBe(
      200,
    );
    const saved = await dev.put(`/api/v1/packages/${pkg.id}/modules/${login.id}`, {
      revision: res.body.module.revision,
      module: { ...loginModule(LOGIN_V1), inputs: [typed("retries", "number")] },
    });
    expect(saved.status).toBe(200);
    const preview = await dev.get(`/api/v1/packages/${pkg.id}/breaking-changes`);
    expect(preview.body.affected).toEqual([
      expect.objectContaining({
        instance: "Login1",
        removed: ["input tenant", "input retries (now number)"],
        calls: [
          {
            entity: { kind: "moduleInstance", name: "Login1" },
            property: "inputs.tenant",
            code: "{{Input1.text}}",
            problem: "input tenant is removed",
          },
          {
            entity: { kind: "moduleInstance", name: "Login1" },
            property: "inputs.retries",
            code: "3",
            problem: "input retries is number now (was text)",
          },
        ],
      }),
    ]);
  });

  it("publishes without a warning when nothing used is removed, and when a removed module is unused", async () => {
    const { pkg, login } = await packageInApp({ deploy: true });
    await saveLogin(pkg.id, login, `${LOGIN_V2.slice(0, -1)}, extra: () => 3 }`);
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    const modules = (await dev.get(`/api/v1/packages/${pkg.id}`)).body.modules as {
      id: string;
      module: { name: string };
    }[];
    const signIn = modules.find((m) => m.module.name === "sign_in");
    expect((await dev.delete(`/api/v1/packages/${pkg.id}/modules/${signIn?.id}`)).status).toBe(204);
    // Login1 uses the JS module only; dropping a query module is the package's own business.
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
  });

  it("warns when the module an instance uses is removed", async () => {
    const { pkg, login } = await packageInApp({ deploy: false });
    expect((await dev.delete(`/api/v1/packages/${pkg.id}/modules/${login.id}`)).status).toBe(204);
    const refused = await dev.post(`/api/v1/packages/${pkg.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.affected[0].removed).toEqual(["module Login"]);
  });

  it("lists the versions of a package no app uses, with nothing a publish would break", async () => {
    const { pkg, login } = await publishedPackage(null);
    await saveLogin(pkg.id, login, "export default {}");
    expect((await dev.get(`/api/v1/packages/${pkg.id}/breaking-changes`)).body.affected).toEqual([]);
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    const usage = await dev.get(`/api/v1/packages/${pkg.id}/usage`);
    expect(usage.status).toBe(200);
    expect(usage.body.versions).toEqual([
      { version: 2, uses: [] },
      { version: 1, uses: [] },
    ]);
  });

  it("hides usage from other workspaces and keeps viewers from publishing", async () => {
    const { pkg } = await publishedPackage(null);
    const outsider = server.client();
    await signUp(outsider);
    expect((await outsider.get(`/api/v1/packages/${pkg.id}/usage`)).status).toBe(404);
    const viewer = server.client();
    const viewerUser = await signUp(viewer);
    await addMember(dev, workspace.id, viewerUser.email, "viewer");
    expect((await viewer.get(`/api/v1/packages/${pkg.id}/usage`)).status).toBe(403);
    expect((await viewer.post(`/api/v1/packages/${pkg.id}/publish`, { confirm: true })).status).toBe(403);
  });
});
