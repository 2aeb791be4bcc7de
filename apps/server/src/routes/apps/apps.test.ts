import { describe, expect, it } from "vitest";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("apps", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const workspace = await createWorkspace(dev);

  it("creates an app with a home page Page1 and a slug made from its name", async () => {
    const res = await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Login App" });
    expect(res.status).toBe(201);
    expect(res.body.app).toMatchObject({
      name: "Login App",
      slug: "login-app",
      isPublic: false,
      latestDeployment: null,
    });
    expect(res.body.pages).toEqual([
      expect.objectContaining({ name: "Page1", slug: "page1", isHome: true, order: 0 }),
    ]);
    const again = await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Login App" });
    expect(again.body.app.slug).toBe("login-app-2");
    const list = await dev.get(`/api/v1/workspaces/${workspace.id}/apps`);
    expect(list.body.apps.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses an explicit slug that another app has, across workspaces", async () => {
    const other = server.client();
    await signUp(other);
    const otherWorkspace = await createWorkspace(other);
    await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "X", slug: "shared-slug" });
    const res = await other.post(`/api/v1/workspaces/${otherWorkspace.id}/apps`, {
      name: "Y",
      slug: "shared-slug",
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "slug_taken", path: "body.slug" });
  });

  it("keeps exactly one home page and refuses to delete the last page", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Pages" })).body;
    const appId = created.app.id;
    const home = await dev.post(`/api/v1/apps/${appId}/pages`, { name: "Home" });
    expect(home.status).toBe(201);
    expect(home.body.page).toMatchObject({ slug: "home", isHome: false, order: 1 });
    const duplicate = await dev.post(`/api/v1/apps/${appId}/pages`, { name: "home" });
    expect(duplicate.status).toBe(409);

    const made = await dev.patch(`/api/v1/apps/${appId}/pages/${home.body.page.id}`, { isHome: true });
    expect(made.body.page.isHome).toBe(true);
    const pages = (await dev.get(`/api/v1/apps/${appId}`)).body.pages;
    expect(pages.filter((p: { isHome: boolean }) => p.isHome).map((p: { name: string }) => p.name)).toEqual([
      "Home",
    ]);

    expect((await dev.delete(`/api/v1/apps/${appId}/pages/${home.body.page.id}`)).status).toBe(204);
    const left = (await dev.get(`/api/v1/apps/${appId}`)).body.pages;
    expect(left).toEqual([expect.objectContaining({ name: "Page1", isHome: true })]);
    const last = await dev.delete(`/api/v1/apps/${appId}/pages/${left[0].id}`);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe("last_page");
  });

  it("saves a page document and answers 409 stale_revision on a stale save", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Docs" })).body;
    const base = `/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`;
    const draft = (await dev.get(base)).body;
    expect(draft).toMatchObject({ revision: 1, doc: { schemaVersion: 1, widgets: [] } });
    const doc = { ...draft.doc, jsObjects: [{ id: "j1", name: "Utils", source: "export default {}" }] };
    const saved = await dev.put(base, { revision: 1, doc });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(2);
    expect(saved.body.doc.jsObjects[0].runOnPageLoad).toEqual([]);
    const stale = await dev.put(base, { revision: 1, doc });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "stale_revision", revision: 2 });
  });

  it("returns 400 naming the path of an invalid widget name", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Bad" })).body;
    const res = await dev.put(`/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`, {
      revision: 1,
      doc: {
        schemaVersion: 1,
        widgets: [
          {
            id: "w",
            name: "1bad",
            type: "text",
            parentId: null,
            layout: { x: 0, y: 0, w: 1, h: 1 },
            props: {},
          },
        ],
        queries: [],
        jsObjects: [],
        moduleInstances: [],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe("body.doc.widgets.0.name");
  });

  it("keeps page drafts from viewers, and hides apps from outsiders", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Roles" })).body;
    const viewer = server.client();
    const viewerUser = await signUp(viewer);
    await addMember(dev, workspace.id, viewerUser.email, "viewer");
    expect((await viewer.get(`/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`)).status).toBe(
      403,
    );
    expect((await viewer.post(`/api/v1/apps/${created.app.id}/pages`, { name: "Nope" })).status).toBe(403);
    expect((await viewer.post(`/api/v1/apps/${created.app.id}/deploy`)).status).toBe(403);
    const outsider = server.client();
    await signUp(outsider);
    expect((await outsider.get(`/api/v1/apps/${created.app.id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/v1/apps/${created.app.id}`, { name: "Mine" })).status).toBe(404);
  });
});
