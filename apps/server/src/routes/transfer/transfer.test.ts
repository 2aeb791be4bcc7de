import { describe, expect, it } from "vitest";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { loginModule, signInModule } from "../../test/moduleBodies";
import { loginPageDoc } from "../../test/pageDocs";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("package and app export and import", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const source = await createWorkspace(dev, "Source");

  /** A two-page app of widgets and a query without a datasource, with its export. */
  async function exportedPlainApp(name: string) {
    const created = (await dev.post(`/api/v1/workspaces/${source.id}/apps`, { name, isPublic: true })).body;
    await dev.put(`/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`, {
      revision: 1,
      doc: loginPageDoc({ datasourceId: null }),
    });
    const home = (await dev.post(`/api/v1/apps/${created.app.id}/pages`, { name: "Home" })).body.page;
    await dev.patch(`/api/v1/apps/${created.app.id}`, {
      settings: { title: `${name} portal`, navigation: "side", hiddenPages: [home.id] },
    });
    const res = await dev.get(`/api/v1/apps/${created.app.id}/export`);
    expect(res.status).toBe(200);
    return { app: created.app, res, file: res.body };
  }

  /** A fresh user's client and workspace to import into. */
  async function target(name: string) {
    const client = server.client();
    await signUp(client);
    return { client, workspace: await createWorkspace(client, name) };
  }

  it("round-trips an app into another workspace, equal apart from ids and its slug", async () => {
    const { app, res, file } = await exportedPlainApp("Plain");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${app.slug}.app.json"`);
    expect(res.text).toBe(`${JSON.stringify(res.body, null, 2)}\n`);
    expect(file.requires).toEqual({ datasources: [], packages: [] });
    expect(file.app.pages.map((p: { name: string }) => p.name)).toEqual(["Page1", "Home"]);

    const { client, workspace } = await target("Plain target");
    const imported = await client.post(`/api/v1/workspaces/${workspace.id}/import`, file);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ kind: "app", missing: { datasources: [], packages: [] } });
    expect(imported.body.app).toMatchObject({ name: "Plain", isPublic: true, latestDeployment: null });
    expect(imported.body.app.slug).toBe(`${app.slug}-2`);
    expect(file.app.settings).toEqual({ title: "Plain portal", navigation: "side", hiddenPages: ["Home"] });
    const homeId = imported.body.pages.find((p: { name: string }) => p.name === "Home").id;
    expect(imported.body.app.settings).toEqual({
      title: "Plain portal",
      navigation: "side",
      hiddenPages: [homeId],
    });
    expect(imported.body.pages.map((p: { name: string; isHome: boolean }) => [p.name, p.isHome])).toEqual([
      ["Page1", true],
      ["Home", false],
    ]);
    const again = (await client.get(`/api/v1/apps/${imported.body.app.id}/export`)).body;
    expect({ ...again, app: { ...again.app, slug: app.slug } }).toEqual(file);
  });

  it("imports nothing when an app uses packages the workspace lacks, and lists them", async () => {
    const { file } = await exportedPlainApp("Needs Auth");
    file.app.pages[0].doc.moduleInstances = [
      { id: "m1", name: "Login1", package: "Auth", moduleName: "Login", version: 2 },
    ];
    const { client, workspace } = await target("Lacking");
    const res = await client.post(`/api/v1/workspaces/${workspace.id}/import`, file);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: "missing_packages",
      missing: { packages: [{ name: "Auth", version: 2 }] },
    });
    expect((await client.get(`/api/v1/workspaces/${workspace.id}/apps`)).body.apps).toEqual([]);
  });

  it("lists an app query's datasource it could not re-link and leaves the query without one", async () => {
    const { file } = await exportedPlainApp("Unlinked app");
    file.app.pages[0].doc.queries[0].config.datasource = "Gone API";
    const { client, workspace } = await target("No datasources");
    const res = await client.post(`/api/v1/workspaces/${workspace.id}/import`, file);
    expect(res.status).toBe(201);
    expect(res.body.missing).toEqual({ datasources: ["Gone API"], packages: [] });
    const doc = (await client.get(`/api/v1/apps/${res.body.app.id}/pages/${res.body.pages[0].id}/doc`)).body
      .doc;
    expect(doc.queries[0].config.datasourceId).toBeNull();
  });

  describe("packages, and apps that use them", async () => {
    const secret = registerSecret("sk-transfer-secret-value");
    const datasource = await createDatasource(dev, source.id, secret);

    /** Auth with v1 and v2 published and a draft change, used by a two-page app. */
    async function sourcePackageAndApp(packageName: string) {
      const pkg = (await dev.post(`/api/v1/workspaces/${source.id}/packages`, { name: packageName })).body
        .package;
      await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasource.id));
      const login = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).body.module;
      await dev.post(`/api/v1/packages/${pkg.id}/publish`);
      const saved = await dev.put(`/api/v1/packages/${pkg.id}/modules/${login.id}`, {
        revision: login.revision,
        module: loginModule("export default { signin: () => 2 }"),
      });
      await dev.post(`/api/v1/packages/${pkg.id}/publish`);
      await dev.put(`/api/v1/packages/${pkg.id}/modules/${login.id}`, {
        revision: saved.body.module.revision,
        module: loginModule("export default { signin: () => 3 }"),
      });
      const created = (
        await dev.post(`/api/v1/workspaces/${source.id}/apps`, { name: `${packageName} App`, isPublic: true })
      ).body;
      const home = created.pages[0];
      await dev.put(`/api/v1/apps/${created.app.id}/pages/${home.id}/doc`, {
        revision: 1,
        doc: loginPageDoc({ datasourceId: datasource.id, packageId: pkg.id, version: 2 }),
      });
      await dev.post(`/api/v1/apps/${created.app.id}/pages`, { name: "Home" });
      return { pkg, app: created.app };
    }

    /** What must survive a round trip: everything but ids, revisions and times of the copy. */
    async function packageContent(client: typeof dev, packageId: string) {
      const read = (await client.get(`/api/v1/packages/${packageId}`)).body;
      const versions = (await client.get(`/api/v1/packages/${packageId}/versions`)).body.versions;
      const full = await Promise.all(
        versions.map(async (v: { version: number }) => {
          const { version } = (await client.get(`/api/v1/packages/${packageId}/versions/${v.version}`)).body;
          return { version: version.version, publishedAt: version.publishedAt, modules: version.modules };
        }),
      );
      return {
        name: read.package.name,
        latestVersion: read.package.latestVersion,
        hasUnpublishedChanges: read.package.hasUnpublishedChanges,
        modules: read.modules
          .map((m: { module: { name: string } }) => m.module)
          .sort((a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1)),
        versions: full,
      };
    }

    it("exports a package as stable, sorted, secret-free JSON with datasources by name", async () => {
      const { pkg } = await sourcePackageAndApp("Exported");
      const res = await dev.get(`/api/v1/packages/${pkg.id}/export`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="exported.package.json"');
      expect(res.text).toBe(`${JSON.stringify(res.body, null, 2)}\n`);
      expect(Object.keys(res.body)).toEqual(["format", "formatVersion", "package", "requires"]);
      expect(Object.keys(res.body.package.modules[1].config)).toEqual(
        [...Object.keys(res.body.package.modules[1].config)].sort(),
      );
      expect(res.body.requires).toEqual({ datasources: ["Auth API"] });
      expect(res.body.package.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      expect(res.body.package.modules[1].config.datasource).toBe("Auth API");
      expect(res.text).not.toContain(datasource.id);
      expect(res.text).not.toContain("apikey");
      // Exporting twice gives the same bytes: the file diffs well in git.
      expect((await dev.get(`/api/v1/packages/${pkg.id}/export`)).text).toBe(res.text);
    });

    it("round-trips a package and an app into another workspace, equal apart from ids", async () => {
      const { pkg, app } = await sourcePackageAndApp("Auth");
      const packageFile = (await dev.get(`/api/v1/packages/${pkg.id}/export`)).body;
      const appFile = (await dev.get(`/api/v1/apps/${app.id}/export`)).body;
      expect(appFile.requires).toEqual({
        datasources: ["Auth API"],
        packages: [{ name: "Auth", version: 2 }],
      });
      expect(appFile.app.pages[0].doc.moduleInstances[0]).toMatchObject({
        name: "Login1",
        package: "Auth",
        version: 2,
      });

      const other = server.client();
      await signUp(other);
      const target = await createWorkspace(other, "Target");
      const targetDatasource = await createDatasource(other, target.id, registerSecret("sk-target-secret"));

      const appFirst = await other.post(`/api/v1/workspaces/${target.id}/import`, appFile);
      expect(appFirst.status).toBe(409);
      expect(appFirst.body.error).toMatchObject({
        code: "missing_packages",
        missing: { packages: [{ name: "Auth", version: 2 }] },
      });
      expect((await other.get(`/api/v1/workspaces/${target.id}/apps`)).body.apps).toEqual([]);

      const importedPackage = await other.post(`/api/v1/workspaces/${target.id}/import`, packageFile);
      expect(importedPackage.status).toBe(201);
      expect(importedPackage.body).toMatchObject({
        kind: "package",
        missing: { datasources: [], packages: [] },
      });
      const copyId = importedPackage.body.package.id;
      expect(copyId).not.toBe(pkg.id);
      const original = await packageContent(dev, pkg.id);
      const copy = await packageContent(other, copyId);
      const relinked = JSON.parse(JSON.stringify(original).replaceAll(datasource.id, targetDatasource.id));
      expect(copy).toEqual(relinked);
      expect(copy.hasUnpublishedChanges).toBe(true);

      const importedApp = await other.post(`/api/v1/workspaces/${target.id}/import`, appFile);
      expect(importedApp.status).toBe(201);
      expect(importedApp.body.kind).toBe("app");
      expect(importedApp.body.app).toMatchObject({
        name: "Auth App",
        isPublic: true,
        latestDeployment: null,
      });
      expect(importedApp.body.app.slug).not.toBe(app.slug);
      expect(
        importedApp.body.pages.map((p: { name: string; isHome: boolean }) => [p.name, p.isHome]),
      ).toEqual([
        ["Page1", true],
        ["Home", false],
      ]);
      const doc = (
        await other.get(`/api/v1/apps/${importedApp.body.app.id}/pages/${importedApp.body.pages[0].id}/doc`)
      ).body.doc;
      expect(doc.moduleInstances[0]).toMatchObject({ packageId: copyId, version: 2 });
      expect(doc.queries[0].config.datasourceId).toBe(targetDatasource.id);

      // Re-exported, the copy is the same file apart from the slug the instance gave it.
      const again = (await other.get(`/api/v1/apps/${importedApp.body.app.id}/export`)).body;
      expect({ ...again, app: { ...again.app, slug: app.slug } }).toEqual(appFile);
      expect((await other.get(`/api/v1/packages/${copyId}/export`)).text).toBe(
        (await dev.get(`/api/v1/packages/${pkg.id}/export`)).text,
      );
      // The imported app deploys and runs on the imported package version.
      const deployed = await other.post(`/api/v1/apps/${importedApp.body.app.id}/deploy`);
      expect(deployed.body.deployment.packages).toEqual([{ packageId: copyId, version: 2 }]);
    });

    it("lists the datasources it could not re-link and leaves those queries without one", async () => {
      const { pkg } = await sourcePackageAndApp("Unlinked");
      const file = (await dev.get(`/api/v1/packages/${pkg.id}/export`)).body;
      const other = server.client();
      await signUp(other);
      const target = await createWorkspace(other, "Bare");
      const res = await other.post(`/api/v1/workspaces/${target.id}/import`, file);
      expect(res.status).toBe(201);
      expect(res.body.missing).toEqual({ datasources: ["Auth API"], packages: [] });
      const modules = (await other.get(`/api/v1/packages/${res.body.package.id}`)).body.modules;
      const signIn = modules.find((m: { module: { kind: string } }) => m.module.kind === "query");
      expect(signIn.module.config.datasourceId).toBeNull();
      const again = await other.post(`/api/v1/workspaces/${target.id}/import`, file);
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: "name_taken", path: "body.package.name" });
    });

    describe("refuses bad or hostile files with a 400 naming the path, changing nothing", async () => {
      const { pkg, app } = await sourcePackageAndApp("Hostile");
      const packageFile = (await dev.get(`/api/v1/packages/${pkg.id}/export`)).body;
      const appFile = (await dev.get(`/api/v1/apps/${app.id}/export`)).body;
      const target = await createWorkspace(dev, "Guarded");
      const importRaw = (text: string) => dev.request("POST", `/api/v1/workspaces/${target.id}/import`, text);

      async function expectNothingImported() {
        expect((await dev.get(`/api/v1/workspaces/${target.id}/packages`)).body.packages).toEqual([]);
        expect((await dev.get(`/api/v1/workspaces/${target.id}/apps`)).body.apps).toEqual([]);
      }

      it.each([
        ["an unknown format", { format: "tessera/theme" }, "body.format"],
        [
          "a module of the wrong shape",
          { ...packageFile, package: { ...packageFile.package, modules: [{ kind: "js", name: 3 }] } },
          "body.package.modules.0.name",
        ],
        ["an unknown key", { ...packageFile, extra: true }, "body"],
        [
          "a duplicate version",
          {
            ...packageFile,
            package: {
              ...packageFile.package,
              versions: [packageFile.package.versions[0], packageFile.package.versions[0]],
            },
          },
          "body.package.versions.1.version",
        ],
        [
          "two pages of one name",
          { ...appFile, app: { ...appFile.app, pages: [appFile.app.pages[0], appFile.app.pages[0]] } },
          "body.app.pages.1.name",
        ],
      ])("%s", async (_label, file, path) => {
        const res = await dev.post(`/api/v1/workspaces/${target.id}/import`, file);
        expect(res.status).toBe(400);
        expect(res.body.error.path).toBe(path);
        expect(res.body.error.message).toContain(path);
        await expectNothingImported();
      });

      it("a __proto__ key anywhere, before any merge sees it", async () => {
        const text = JSON.stringify(appFile).replace('"props":{', '"props":{"__proto__":{"polluted":true},');
        const res = await importRaw(text);
        expect(res.status).toBe(400);
        expect(res.body.error.path).toBe("body.app.pages.0.doc.widgets.0.props.__proto__");
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        const constructorKey = await importRaw(
          JSON.stringify({ ...packageFile, constructor: { prototype: {} } }),
        );
        expect(constructorKey.body.error.path).toBe("body.constructor");
        await expectNothingImported();
      });

      it("deep nesting and huge bodies", async () => {
        let nested: unknown = "x";
        for (let i = 0; i < 40; i++) nested = { a: nested };
        const deep = structuredClone(appFile);
        deep.app.pages[0].doc.widgets[0].props.label = nested;
        const res = await dev.post(`/api/v1/workspaces/${target.id}/import`, deep);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/deeper than/);
        const hostile = await importRaw(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
        expect(hostile.status).toBe(400);
        const huge = await importRaw(JSON.stringify({ ...packageFile, pad: "x".repeat(2_000_000) }));
        expect(huge.status).toBe(413);
        await expectNothingImported();
      });

      it("two home pages, checked before anything is written", async () => {
        const broken = structuredClone(appFile);
        broken.app.pages.push({ ...broken.app.pages[1], name: "Other", slug: "other", isHome: true });
        broken.app.pages[0].isHome = true;
        const res = await dev.post(`/api/v1/workspaces/${target.id}/import`, broken);
        expect(res.status).toBe(400);
        expect(res.body.error.path).toBe("body.app.pages");
        await expectNothingImported();
      });
    });

    it("lets viewers neither export nor import", async () => {
      const { pkg } = await sourcePackageAndApp("ReadOnly");
      const viewer = server.client();
      const viewerUser = await signUp(viewer);
      await addMember(dev, source.id, viewerUser.email, "viewer");
      expect((await viewer.get(`/api/v1/packages/${pkg.id}/export`)).status).toBe(403);
      const file = await dev.get(`/api/v1/packages/${pkg.id}/export`);
      expect(file.status).toBe(200);
      expect((await viewer.post(`/api/v1/workspaces/${source.id}/import`, file.body)).status).toBe(403);
    });
  });
});
