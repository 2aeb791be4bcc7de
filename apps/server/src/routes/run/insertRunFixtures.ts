import type { DeploymentSnapshot, ModuleBody, PageDoc } from "@tessera/model";
import { expect } from "vitest";
import { deploymentDatasources } from "../../deployments/deploymentDatasources";
import type { Store } from "../../store/Store";
import type { TestClient } from "../../test/TestClient";

/**
 * Test fixtures for runs, made through the authoring endpoints by a developer of the
 * workspace: a package with its draft modules and a published version 1, and an app with one
 * page, deployed once.
 */
export async function insertPackage(
  client: TestClient,
  workspaceId: string,
  modules: ModuleBody[],
): Promise<{ id: string }> {
  const created = await client.post(`/api/v1/workspaces/${workspaceId}/packages`, {
    name: `Package ${Math.random().toString(36).slice(2, 8)}`,
  });
  expect(created.status).toBe(201);
  const id: string = created.body.package.id;
  for (const module of modules)
    expect((await client.post(`/api/v1/packages/${id}/modules`, module)).status).toBe(201);
  expect((await client.post(`/api/v1/packages/${id}/publish`)).status).toBe(201);
  return { id };
}

/**
 * An app with one page holding `doc`, deployed once (or left undeployed). Options make
 * deployments the endpoints would no longer make, by rewriting the stored snapshot:
 * `recordDatasources: false` drops the datasources' origins (a snapshot from before
 * deployments recorded them); `unchecked: true` puts `doc` in the snapshot without the
 * checks a saved draft passes (a query naming another workspace's datasource).
 */
export async function insertApp(
  client: TestClient,
  store: Store,
  workspaceId: string,
  options: {
    isPublic: boolean;
    doc: PageDoc;
    deployed?: boolean;
    recordDatasources?: boolean;
    unchecked?: boolean;
  },
): Promise<{ appId: string; pageId: string }> {
  const created = await client.post(`/api/v1/workspaces/${workspaceId}/apps`, {
    name: `Login app ${Math.random().toString(36).slice(2, 8)}`,
    isPublic: options.isPublic,
  });
  expect(created.status).toBe(201);
  const appId: string = created.body.app.id;
  const pageId: string = created.body.pages[0].id;
  if (!options.unchecked) {
    const draft = await client.get(`/api/v1/apps/${appId}/pages/${pageId}/doc`);
    const saved = await client.put(`/api/v1/apps/${appId}/pages/${pageId}/doc`, {
      revision: draft.body.revision,
      doc: options.doc,
    });
    expect(saved.status).toBe(200);
  }
  if (options.deployed === false) return { appId, pageId };
  const deployed = await client.post(`/api/v1/apps/${appId}/deploy`);
  expect(deployed.status).toBe(201);
  if (options.unchecked || options.recordDatasources === false) {
    const version: number = deployed.body.deployment.version;
    const snapshot = await store.deployments.findSnapshotForRun(appId, version);
    if (!snapshot) throw new Error(`deployment ${appId} v${version} not found`);
    const pages = options.unchecked
      ? snapshot.pages.map((page) => (page.id === pageId ? { ...page, ...options.doc } : page))
      : snapshot.pages;
    const { datasources: _recorded, ...unrecorded } = snapshot;
    const rewritten: DeploymentSnapshot = { ...unrecorded, pages };
    if (options.recordDatasources !== false) {
      rewritten.datasources = await deploymentDatasources(store, workspaceId, rewritten);
    }
    await store.deployments.replaceSnapshot(appId, version, rewritten);
  }
  return { appId, pageId };
}
