import { describe, expect, it } from "vitest";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { loginModule, signInModule } from "../../test/moduleBodies";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("packages", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const workspace = await createWorkspace(dev);

  async function createPackage(name = "Auth") {
    const res = await dev.post(`/api/v1/workspaces/${workspace.id}/packages`, { name });
    expect(res.status).toBe(201);
    return res.body.package as { id: string };
  }

  it("creates a package with modules and refuses a duplicate module name with 409", async () => {
    const pkg = await createPackage();
    const created = await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(null));
    expect(created.status).toBe(201);
    expect(created.body.module).toMatchObject({ revision: 1, module: { kind: "query", name: "sign_in" } });
    const duplicate = await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(null));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe("name_taken");
    const read = await dev.get(`/api/v1/packages/${pkg.id}`);
    expect(read.body.package).toMatchObject({
      name: "Auth",
      latestVersion: null,
      hasUnpublishedChanges: true,
    });
    expect(read.body.modules).toHaveLength(1);
  });

  it("answers 409 stale_revision with the current revision on a stale save", async () => {
    const pkg = await createPackage();
    const created = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).body.module;
    const first = await dev.put(`/api/v1/packages/${pkg.id}/modules/${created.id}`, {
      revision: 1,
      module: loginModule("export default { a: 1 }"),
    });
    expect(first.status).toBe(200);
    expect(first.body.module.revision).toBe(2);
    const stale = await dev.put(`/api/v1/packages/${pkg.id}/modules/${created.id}`, {
      revision: 1,
      module: loginModule("export default { b: 2 }"),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "stale_revision", revision: 2 });
  });

  it("publishes v1 then v2 and leaves v1 unchanged", async () => {
    const pkg = await createPackage();
    const created = (
      await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule("export default { v: 1 }"))
    ).body.module;
    const v1 = await dev.post(`/api/v1/packages/${pkg.id}/publish`);
    expect(v1.status).toBe(201);
    expect(v1.body.version).toMatchObject({
      version: 1,
      modules: [{ name: "Login", source: "export default { v: 1 }" }],
    });
    expect((await dev.get(`/api/v1/packages/${pkg.id}`)).body.package.hasUnpublishedChanges).toBe(false);

    await dev.put(`/api/v1/packages/${pkg.id}/modules/${created.id}`, {
      revision: created.revision,
      module: loginModule("export default { v: 2 }"),
    });
    expect((await dev.get(`/api/v1/packages/${pkg.id}`)).body.package.hasUnpublishedChanges).toBe(true);
    const v2 = await dev.post(`/api/v1/packages/${pkg.id}/publish`);
    expect(v2.body.version.version).toBe(2);

    const again = await dev.get(`/api/v1/packages/${pkg.id}/versions/1`);
    expect(again.body.version.modules[0].source).toBe("export default { v: 1 }");
    const list = await dev.get(`/api/v1/packages/${pkg.id}/versions`);
    expect(list.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(list.body.versions[0].moduleCount).toBe(1);
    expect((await dev.get(`/api/v1/packages/${pkg.id}/versions/3`)).status).toBe(404);
    expect((await dev.get(`/api/v1/packages/${pkg.id}`)).body.package.latestVersion).toBe(2);
  });

  it("lists the JS modules of each package's latest version", async () => {
    const pkg = await createPackage("Picker");
    await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule());
    await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(null));
    await dev.post(`/api/v1/packages/${pkg.id}/publish`);
    const res = await dev.get(`/api/v1/workspaces/${workspace.id}/js-modules`);
    const mine = res.body.modules.filter((m: { packageId: string }) => m.packageId === pkg.id);
    expect(mine).toEqual([
      { packageId: pkg.id, packageName: "Picker", moduleName: "Login", version: 1, inputs: [] },
    ]);
  });

  it("accepts a query module calling the workspace's datasource and refuses another workspace's", async () => {
    const datasource = await createDatasource(dev, workspace.id, registerSecret("sk-packages-secret"));
    const other = server.client();
    await signUp(other);
    const otherWorkspace = await createWorkspace(other);
    const foreign = await createDatasource(other, otherWorkspace.id, registerSecret("sk-other-workspace"));
    const pkg = await createPackage();
    const own = await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasource.id));
    expect(own.status).toBe(201);
    const res = await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(foreign.id, "other"));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "unknown_datasource", path: "body.config.datasourceId" });
  });

  it("hides a package from a user of another workspace (404) and keeps viewers read-only", async () => {
    const pkg = await createPackage();
    const outsider = server.client();
    await signUp(outsider);
    await createWorkspace(outsider, "B");
    expect((await outsider.get(`/api/v1/packages/${pkg.id}`)).status).toBe(404);
    expect((await outsider.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/workspaces/${workspace.id}/packages`)).status).toBe(404);

    const viewer = server.client();
    const viewerUser = await signUp(viewer);
    await addMember(dev, workspace.id, viewerUser.email, "viewer");
    expect((await viewer.get(`/api/v1/packages/${pkg.id}`)).status).toBe(403);
    expect((await viewer.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(403);
    expect((await viewer.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).status).toBe(403);
  });

  it("deletes a module and a package", async () => {
    const pkg = await createPackage();
    const created = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).body.module;
    expect((await dev.delete(`/api/v1/packages/${pkg.id}/modules/${created.id}`)).status).toBe(204);
    expect((await dev.delete(`/api/v1/packages/${pkg.id}/modules/${created.id}`)).status).toBe(404);
    expect((await dev.delete(`/api/v1/packages/${pkg.id}`)).status).toBe(204);
    expect((await dev.get(`/api/v1/packages/${pkg.id}`)).status).toBe(404);
  });

  it("gives concurrent publishes distinct, consecutive version numbers", async () => {
    const pkg = await createPackage();
    await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule());
    // Without the package row held, both would read "no version yet" and one would fail on the key.
    const published = await Promise.all([1, 2, 3].map(() => dev.post(`/api/v1/packages/${pkg.id}/publish`)));
    expect(published.map((res) => res.status)).toEqual([201, 201, 201]);
    expect(published.map((res) => res.body.version.version).sort()).toEqual([1, 2, 3]);
    const list = await dev.get(`/api/v1/packages/${pkg.id}/versions`);
    expect(list.body.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect((await dev.get(`/api/v1/packages/${pkg.id}`)).body.package.latestVersion).toBe(3);
  });

  it("lets exactly one of concurrent saves of a revision through and answers the others 409", async () => {
    const pkg = await createPackage();
    const created = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).body.module;
    const saves = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        dev.put(`/api/v1/packages/${pkg.id}/modules/${created.id}`, {
          revision: 1,
          module: loginModule(`export default { n: ${n} }`),
        }),
      ),
    );
    const statuses = saves.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    for (const res of saves.filter((one) => one.status === 409)) {
      expect(res.body.error).toMatchObject({ code: "stale_revision", revision: 2 });
    }
    const winner = saves.find((res) => res.status === 200)?.body.module;
    const read = (await dev.get(`/api/v1/packages/${pkg.id}`)).body.modules[0];
    expect(read).toMatchObject({ revision: 2, module: { source: winner.module.source } });
  });

  it("renames a package and lists the workspace's packages by name", async () => {
    const pkg = await createPackage("zeta");
    const renamed = await dev.patch(`/api/v1/packages/${pkg.id}`, { name: "Alpha" });
    expect(renamed.status).toBe(200);
    expect(renamed.body.package).toMatchObject({ id: pkg.id, name: "Alpha", latestVersion: null });
    const names = (await dev.get(`/api/v1/workspaces/${workspace.id}/packages`)).body.packages.map(
      (p: { name: string }) => p.name,
    );
    expect(names[0]).toBe("Alpha");
    expect(names).toEqual(
      [...names].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
  });

  it("gives a name to one module only when adds and renames race for it", async () => {
    const pkg = await createPackage();
    const adds = await Promise.all(
      [1, 2, 3].map(() => dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())),
    );
    expect(adds.map((res) => res.status).sort()).toEqual([201, 409, 409]);
    const a = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, { ...loginModule(), name: "A" })).body
      .module;
    const b = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, { ...loginModule(), name: "B" })).body
      .module;
    const renames = await Promise.all(
      [a, b].map((module) =>
        dev.put(`/api/v1/packages/${pkg.id}/modules/${module.id}`, {
          revision: module.revision,
          module: { ...loginModule(), name: "Same" },
        }),
      ),
    );
    expect(renames.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(renames.find((res) => res.status === 409)?.body.error.code).toBe("name_taken");
  });
});
