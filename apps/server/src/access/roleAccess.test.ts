import { describe, expect, it } from "vitest";
import { createDatasource } from "../test/createDatasource";
import { addMember, createWorkspace } from "../test/createWorkspace";
import { loginModule } from "../test/moduleBodies";
import { registerSecret } from "../test/responseLog";
import { signUp } from "../test/signUp";
import { startTestServer } from "../test/testServer";

describe("what each role may read", async () => {
  const server = await startTestServer();
  const admin = server.client();
  await signUp(admin);
  const workspace = await createWorkspace(admin);
  const viewer = server.client();
  await addMember(admin, workspace.id, (await signUp(viewer)).email, "viewer");
  const developer = server.client();
  await addMember(admin, workspace.id, (await signUp(developer)).email, "developer");

  const datasource = await createDatasource(admin, workspace.id, registerSecret("sk-role-access-secret"));
  const pkg = (await admin.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Auth" })).body
    .package;
  expect((await admin.post(`/api/v1/packages/${pkg.id}/modules`, loginModule())).status).toBe(201);
  expect((await admin.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
  const deployed = (await admin.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Deployed" })).body;
  expect((await admin.post(`/api/v1/apps/${deployed.app.id}/deploy`)).status).toBe(201);
  const draftOnly = (await admin.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Draft only" }))
    .body;

  /** Drafts, package sources, datasource configs and exports: developer and up. */
  const developerReads = [
    `/api/v1/apps/${deployed.app.id}`,
    `/api/v1/apps/${deployed.app.id}/pages/${deployed.pages[0].id}/doc`,
    `/api/v1/apps/${draftOnly.app.id}/pages/${draftOnly.pages[0].id}/doc`,
    `/api/v1/workspaces/${workspace.id}/datasources`,
    `/api/v1/datasources/${datasource.id}`,
    `/api/v1/workspaces/${workspace.id}/packages`,
    `/api/v1/packages/${pkg.id}`,
    `/api/v1/packages/${pkg.id}/versions`,
    `/api/v1/packages/${pkg.id}/versions/1`,
    `/api/v1/workspaces/${workspace.id}/js-modules`,
    `/api/v1/packages/${pkg.id}/usage`,
    `/api/v1/packages/${pkg.id}/versions/1/diff/draft`,
    `/api/v1/packages/${pkg.id}/breaking-changes`,
    `/api/v1/packages/${pkg.id}/export`,
    `/api/v1/apps/${deployed.app.id}/export`,
  ];

  /** What a viewer keeps: the workspace, its members, deployments and the deployed app itself. */
  const viewerReads = [
    "/api/v1/workspaces",
    `/api/v1/workspaces/${workspace.id}/members`,
    `/api/v1/workspaces/${workspace.id}/apps`,
    `/api/v1/apps/${deployed.app.id}/deployments`,
    `/api/v1/viewer/apps/${deployed.app.slug}`,
  ];

  it("answers 403 to a viewer asking for drafts, datasource configs, package sources or exports", async () => {
    for (const path of developerReads) {
      const res = await viewer.get(path);
      expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({
        path,
        status: 403,
        code: "forbidden",
      });
    }
  });

  it("lets a viewer see the workspace, its members, deployments and open the deployed app", async () => {
    for (const path of viewerReads)
      expect({ path, status: (await viewer.get(path)).status }).toEqual({ path, status: 200 });
  });

  it("lists to a viewer only the apps that have a deployment", async () => {
    const apps = (await viewer.get(`/api/v1/workspaces/${workspace.id}/apps`)).body.apps;
    expect(apps.map((app: { id: string }) => app.id)).toEqual([deployed.app.id]);
  });

  it("still lets a developer read everything, draft-only apps included", async () => {
    for (const path of [...developerReads, ...viewerReads]) {
      expect({ path, status: (await developer.get(path)).status }).toEqual({ path, status: 200 });
    }
    const apps = (await developer.get(`/api/v1/workspaces/${workspace.id}/apps`)).body.apps;
    expect(apps.map((app: { id: string }) => app.id).sort()).toEqual(
      [deployed.app.id, draftOnly.app.id].sort(),
    );
  });
});
