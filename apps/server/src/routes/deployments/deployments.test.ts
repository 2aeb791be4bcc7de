import { COMPILED_CODE_VERSION } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { loginModule, signInModule } from "../../test/moduleBodies";
import { loginPageDoc } from "../../test/pageDocs";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("deployments and the viewer endpoint", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const workspace = await createWorkspace(dev);

  /** An app whose page has two widgets and a query without a datasource, deployed once. */
  async function deployedApp(options: { isPublic: boolean }) {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Plain", ...options }))
      .body;
    const page = created.pages[0];
    const saved = await dev.put(`/api/v1/apps/${created.app.id}/pages/${page.id}/doc`, {
      revision: 1,
      doc: loginPageDoc({ datasourceId: null }),
    });
    expect(saved.status).toBe(200);
    const deployed = await dev.post(`/api/v1/apps/${created.app.id}/deploy`);
    expect(deployed.status).toBe(201);
    return { app: created.app, page, deployment: deployed.body.deployment };
  }

  it("gives deploys made at once distinct, consecutive version numbers", async () => {
    const { app } = await deployedApp({ isPublic: false });
    const deploys = await Promise.all(
      Array.from({ length: 10 }, () => dev.post(`/api/v1/apps/${app.id}/deploy`)),
    );
    expect(deploys.map((res) => res.status)).toEqual(Array(10).fill(201));
    expect(deploys.map((res) => res.body.deployment.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 2),
    );
    const list = (await dev.get(`/api/v1/apps/${app.id}/deployments`)).body.deployments;
    expect(list.map((d: { version: number }) => d.version)).toEqual(
      Array.from({ length: 11 }, (_, i) => 11 - i),
    );
    expect((await dev.get(`/api/v1/apps/${app.id}`)).body.app.latestDeployment).toBe(11);
  });

  it("compiles every page's code at deploy and serves it with the page", async () => {
    const { app, page } = await deployedApp({ isPublic: true });
    const stored = await server.store.deployments.findLatest({ appId: app.id });
    expect(stored?.snapshot.compiledCode?.version).toBe(COMPILED_CODE_VERSION);
    const res = await server.client().get(`/api/v1/viewer/apps/${app.slug}`);
    const compiled = res.body.pages[0].compiled;
    expect(compiled).toEqual(stored?.snapshot.compiledCode?.pages[page.id]);
    expect(compiled.handlers["{{Login1.signin({ email: Input1.text })}}"]).toMatchObject({
      kind: "expression",
    });
    expect(compiled.expressions["appsmith.store.user_id"]).toEqual({
      paths: ["appsmith.store.user_id"],
      names: ["appsmith"],
      body: "appsmith.store.user_id",
    });
  });

  it("compiles a Table's computed columns at deploy, as the viewer's engine evaluates them", async () => {
    const created = (
      await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Orders", isPublic: true })
    ).body;
    const columns = JSON.stringify([{ key: "total", computedValue: "{{currentRow.qty * currentRow.unit}}" }]);
    const saved = await dev.put(`/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`, {
      revision: 1,
      doc: {
        schemaVersion: 1,
        widgets: [
          {
            id: "t1",
            name: "Table1",
            type: "Table",
            parentId: null,
            layout: { x: 0, y: 0, w: 40, h: 40 },
            props: { tableData: '{{[{ "qty": 2, "unit": 3 }]}}', columns },
          },
        ],
        queries: [],
        jsObjects: [],
        moduleInstances: [],
      },
    });
    expect(saved.status).toBe(200);
    expect((await dev.post(`/api/v1/apps/${created.app.id}/deploy`)).status).toBe(201);
    const res = await server.client().get(`/api/v1/viewer/apps/${created.app.slug}`);
    const { expressions } = res.body.pages[0].compiled;
    const computed =
      '({"total": Table1.tableData.map((currentRow, currentIndex) => ((currentRow.qty * currentRow.unit)))})';
    expect(expressions[computed]).toMatchObject({ names: ["Table1"] });
    // The column's own text is the engine's to run per row, never a binding of the page.
    expect(expressions["currentRow.qty * currentRow.unit"]).toBeUndefined();
  });

  it("compiles a deployment made before compiled code on its first view, and keeps it", async () => {
    const { app, page } = await deployedApp({ isPublic: true });
    const stored = (await server.store.deployments.findLatest({ appId: app.id }))!;
    const { compiledCode, ...older } = stored.snapshot;
    await server.store.deployments.replaceSnapshot(app.id, stored.version, older);
    const res = await server.client().get(`/api/v1/viewer/apps/${app.slug}`);
    expect(res.status).toBe(200);
    expect(res.body.pages[0].compiled).toEqual(compiledCode?.pages[page.id]);
    const after = await server.store.deployments.findLatest({ appId: app.id });
    expect(after?.snapshot.compiledCode).toEqual(compiledCode);
  });

  it("summarises what the next deploy changes against the latest deployment", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Changes" })).body;
    const appId = created.app.id;
    const first = await dev.get(`/api/v1/apps/${appId}/deploy/changes`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      latestDeployment: null,
      changes: { firstDeployment: true, pages: { added: ["Page1"] } },
    });
    await dev.post(`/api/v1/apps/${appId}/deploy`);
    const none = (await dev.get(`/api/v1/apps/${appId}/deploy/changes`)).body;
    expect(none).toEqual({
      latestDeployment: 1,
      changes: {
        firstDeployment: false,
        pages: { added: [], removed: [], changed: [] },
        queries: { added: [], removed: [], changed: [] },
        moduleVersions: [],
      },
    });
    const saved = await dev.put(`/api/v1/apps/${appId}/pages/${created.pages[0].id}/doc`, {
      revision: 1,
      doc: loginPageDoc({ datasourceId: null }),
    });
    expect(saved.status).toBe(200);
    const after = (await dev.get(`/api/v1/apps/${appId}/deploy/changes`)).body.changes;
    expect(after.pages.changed).toEqual(["Page1"]);
    expect(after.queries.added).toEqual(["Page1.get_profile"]);
  });

  it("keeps the change summary from viewers", async () => {
    const { app } = await deployedApp({ isPublic: true });
    const viewer = server.client();
    const viewerUser = await signUp(viewer);
    await addMember(dev, workspace.id, viewerUser.email, "viewer");
    expect((await viewer.get(`/api/v1/apps/${app.id}/deploy/changes`)).status).toBe(403);
  });

  it("serves the viewer app with its queries' bindings and none of their config", async () => {
    const { app, deployment } = await deployedApp({ isPublic: true });
    expect(deployment).toMatchObject({ version: 1, packages: [] });
    const res = await server.client().get(`/api/v1/viewer/apps/${app.slug}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ appId: app.id, slug: app.slug, deployment: 1, packages: [] });
    expect(res.body.pages[0].queries).toEqual([
      {
        name: "get_profile",
        runOnPageLoad: true,
        bindings: ["appsmith.store.user_id", "appsmith.store.access_token"],
      },
    ]);
    expect(res.text).not.toContain("Bearer");
    expect(res.text).not.toContain('"config"');
  });

  it("keeps a deployment unchanged when drafts change later", async () => {
    const { app, page } = await deployedApp({ isPublic: true });
    const draft = (await dev.get(`/api/v1/apps/${app.id}/pages/${page.id}/doc`)).body;
    await dev.put(`/api/v1/apps/${app.id}/pages/${page.id}/doc`, {
      revision: draft.revision,
      doc: { ...draft.doc, widgets: [] },
    });
    const res = await server.client().get(`/api/v1/viewer/apps/${app.slug}`);
    expect(res.body.pages[0].widgets).toHaveLength(2);
  });

  it("shows a private app to members only: 401 signed out, 404 to outsiders", async () => {
    const { app } = await deployedApp({ isPublic: false });
    const signedOut = await server.client().get(`/api/v1/viewer/apps/${app.slug}`);
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.error.code).toBe("unauthenticated");
    const outsider = server.client();
    await signUp(outsider);
    expect((await outsider.get(`/api/v1/viewer/apps/${app.slug}`)).status).toBe(404);
    const member = server.client();
    const memberUser = await signUp(member);
    await addMember(dev, workspace.id, memberUser.email, "viewer");
    expect((await member.get(`/api/v1/viewer/apps/${app.slug}`)).status).toBe(200);
  });

  it("refuses to deploy an instance of a package the workspace does not have", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Orphan" })).body;
    await dev.put(`/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`, {
      revision: 1,
      doc: loginPageDoc({ datasourceId: null, packageId: "no-such-package", version: 1 }),
    });
    const res = await dev.post(`/api/v1/apps/${created.app.id}/deploy`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("missing_package_version");
    expect((await dev.get(`/api/v1/apps/${created.app.id}/deployments`)).body.deployments).toEqual([]);
  });

  it("answers 404 for an unknown or never deployed app", async () => {
    expect((await server.client().get("/api/v1/viewer/apps/no-such-app")).status).toBe(404);
    const created = (
      await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Draft only", isPublic: true })
    ).body;
    expect((await server.client().get(`/api/v1/viewer/apps/${created.app.slug}`)).status).toBe(404);
  });

  describe("with packages and datasources", async () => {
    const secret = registerSecret("sk-deploy-secret-value");
    const datasource = await createDatasource(
      dev,
      workspace.id,
      secret,
      "http://127.0.0.1:9/hidden-base-path",
    );

    /** An app whose page uses Auth v1's Login module and an app query, deployed once. */
    async function deployedAppWithPackage(options: { isPublic: boolean }) {
      const pkg = (await dev.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Auth" })).body
        .package;
      await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasource.id));
      await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule());
      await dev.post(`/api/v1/packages/${pkg.id}/publish`);
      const created = (
        await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Login", ...options })
      ).body;
      const page = created.pages[0];
      const saved = await dev.put(`/api/v1/apps/${created.app.id}/pages/${page.id}/doc`, {
        revision: 1,
        doc: loginPageDoc({ datasourceId: datasource.id, packageId: pkg.id, version: 1 }),
      });
      expect(saved.status).toBe(200);
      const deployed = await dev.post(`/api/v1/apps/${created.app.id}/deploy`);
      expect(deployed.status).toBe(201);
      return { app: created.app, page, pkg, deployment: deployed.body.deployment };
    }

    it("deploys a snapshot pinned to the package versions it uses", async () => {
      const { app, pkg, deployment } = await deployedAppWithPackage({ isPublic: true });
      expect(deployment).toMatchObject({ version: 1, packages: [{ packageId: pkg.id, version: 1 }] });
      const second = await dev.post(`/api/v1/apps/${app.id}/deploy`);
      expect(second.body.deployment.version).toBe(2);
      const list = await dev.get(`/api/v1/apps/${app.id}/deployments`);
      expect(list.body.deployments.map((d: { version: number }) => d.version)).toEqual([2, 1]);
      expect((await dev.get(`/api/v1/apps/${app.id}`)).body.app.latestDeployment).toBe(2);
    });

    it("serves the viewer app without any query config", async () => {
      const { app, pkg } = await deployedAppWithPackage({ isPublic: true });
      const res = await server.client().get(`/api/v1/viewer/apps/${app.slug}`);
      expect(res.status).toBe(200);
      const page = res.body.pages[0];
      expect(page.queries).toEqual([
        {
          name: "get_profile",
          runOnPageLoad: true,
          bindings: ["appsmith.store.user_id", "appsmith.store.access_token"],
        },
      ]);
      expect(page.moduleInstances[0]).toMatchObject({ name: "Login1", packageId: pkg.id, version: 1 });
      expect(page.widgets).toHaveLength(2);
      expect(res.body.packages).toEqual([
        {
          packageId: pkg.id,
          version: 1,
          jsModules: [expect.objectContaining({ kind: "js", name: "Login" })],
          queryModules: [
            {
              name: "sign_in",
              inputs: expect.any(Array),
              bindings: ["inputs.audience", "inputs.trace", "inputs.email", "inputs.password"],
            },
          ],
          uiModules: [],
        },
      ]);
      // No config of any query: no datasource id, URL, path, header or body text.
      for (const hidden of [
        datasource.id,
        "hidden-base-path",
        "/token",
        "grant_type",
        "X-Trace",
        "Bearer",
        '"config"',
      ]) {
        expect(res.text).not.toContain(hidden);
      }
    });

    it("refuses to deploy an instance pinned to a missing version", async () => {
      const pkg = (await dev.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Unpublished" }))
        .body.package;
      const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Broken" })).body;
      await dev.put(`/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`, {
        revision: 1,
        doc: loginPageDoc({ datasourceId: null, packageId: pkg.id, version: 1 }),
      });
      const res = await dev.post(`/api/v1/apps/${created.app.id}/deploy`);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("missing_package_version");
    });

    it("refuses to delete a package a deployed app uses, naming the app", async () => {
      const { pkg, app } = await deployedAppWithPackage({ isPublic: false });
      const res = await dev.delete(`/api/v1/packages/${pkg.id}`);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("package_in_use");
      expect(res.body.error.message).toContain(app.name);
      expect((await dev.get(`/api/v1/packages/${pkg.id}`)).status).toBe(200);
    });
  });
});
