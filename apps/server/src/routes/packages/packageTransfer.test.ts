import { describe, expect, it } from "vitest";
import { packageExporter } from "../../commands/packageExporter";
import { packageImporter } from "../../commands/packageImporter";
import { createDatasource } from "../../test/createDatasource";
import { createWorkspace } from "../../test/createWorkspace";
import { loginModule, signInModule } from "../../test/moduleBodies";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

// The package half of export and import, on the store: the transfer routes call these.
describe("package export and import on the store", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const source = await createWorkspace(dev, "Source");
  const target = await createWorkspace(dev, "Target");

  /** A package with v1 and v2 published and a draft change since. */
  async function sourcePackage(name: string, datasourceId: string | null) {
    const pkg = (await dev.post(`/api/v1/workspaces/${source.id}/packages`, { name })).body.package;
    await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasourceId));
    const login = (await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).body.module;
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    const saved = await dev.put(`/api/v1/packages/${pkg.id}/modules/${login.id}`, {
      revision: login.revision,
      module: loginModule("export default { signin: () => 2 }"),
    });
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    await dev.put(`/api/v1/packages/${pkg.id}/modules/${login.id}`, {
      revision: saved.body.module.revision,
      module: loginModule("export default { signin: () => 3 }"),
    });
    return pkg as { id: string };
  }

  it("exports drafts by name and every version, and imports them under the same numbers", async () => {
    const pkg = await sourcePackage("Carried", null);
    const file = await packageExporter(server.store, pkg.id);
    expect(file.package.modules.map((m) => m.name)).toEqual(["Login", "sign_in"]);
    expect(file.package.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(file.requires).toEqual({ datasources: [] });

    const imported = await packageImporter(server.store, target.id, file);
    expect(imported.missing).toEqual({ datasources: [], packages: [] });
    expect(imported.package).toMatchObject({ workspaceId: target.id, name: "Carried", latestVersion: 2 });
    const read = (await dev.get(`/api/v1/packages/${imported.package.id}`)).body;
    // The draft differs from v2, so the copy has unpublished changes too.
    expect(read.package.hasUnpublishedChanges).toBe(true);
    expect(read.modules.map((m: { module: { name: string } }) => m.module.name)).toEqual([
      "Login",
      "sign_in",
    ]);
    const v1 = (await dev.get(`/api/v1/packages/${imported.package.id}/versions/1`)).body.version;
    expect(v1.modules.find((m: { name: string }) => m.name === "Login").source).toBe(loginModule().source);
    expect(await packageExporter(server.store, imported.package.id)).toEqual(file);
  });

  it("refuses a second package of the same name with 409 and writes nothing", async () => {
    const pkg = await sourcePackage("Twice", null);
    const file = await packageExporter(server.store, pkg.id);
    await packageImporter(server.store, target.id, file);
    await expect(packageImporter(server.store, target.id, file)).rejects.toMatchObject({
      status: 409,
      code: "name_taken",
    });
    const names = (await dev.get(`/api/v1/workspaces/${target.id}/packages`)).body.packages.map(
      (p: { name: string }) => p.name,
    );
    expect(names.filter((name: string) => name === "Twice")).toHaveLength(1);
  });

  it("names datasources in the file and links them by name on import", async () => {
    const datasource = await createDatasource(dev, source.id, registerSecret("sk-package-transfer"));
    const pkg = await sourcePackage("Linked", datasource.id);
    const file = await packageExporter(server.store, pkg.id);
    expect(file.requires).toEqual({ datasources: ["Auth API"] });
    expect(JSON.stringify(file)).not.toContain(datasource.id);

    const missing = await packageImporter(server.store, target.id, file);
    expect(missing.missing.datasources).toEqual(["Auth API"]);
    const linkedTarget = await createWorkspace(dev, "Linked target");
    const local = await createDatasource(dev, linkedTarget.id, registerSecret("sk-package-transfer-2"));
    const linked = await packageImporter(server.store, linkedTarget.id, file);
    expect(linked.missing.datasources).toEqual([]);
    const drafts = (await dev.get(`/api/v1/packages/${linked.package.id}`)).body.modules;
    const query = drafts.find((m: { module: { kind: string } }) => m.module.kind === "query");
    expect(query.module.config.datasourceId).toBe(local.id);
  });
});
