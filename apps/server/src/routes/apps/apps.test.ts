import { describe, expect, it } from "vitest";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { loginPageDoc } from "../../test/pageDocs";
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

  it("takes exactly one of 20 saves made at once on the same revision, and refuses the rest with 409", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Race" })).body;
    const base = `/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`;
    const draft = (await dev.get(base)).body;
    const saves = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        dev.put(base, {
          revision: draft.revision,
          doc: { ...draft.doc, jsObjects: [{ id: `j${i}`, name: `Utils${i}`, source: "export default {}" }] },
        }),
      ),
    );
    const won = saves.filter((res) => res.status === 200);
    const refused = saves.filter((res) => res.status === 409);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const res of refused) {
      expect(res.body.error).toMatchObject({ code: "stale_revision", revision: draft.revision + 1 });
    }
    const stored = (await dev.get(base)).body;
    expect(stored.revision).toBe(draft.revision + 1);
    expect(stored.doc.jsObjects).toEqual(won[0].body.doc.jsObjects);
  });

  it("gives apps created at once from one name distinct slugs", async () => {
    const name = `Rush ${Math.random().toString(36).slice(2, 8)}`;
    const created = await Promise.all(
      Array.from({ length: 8 }, () => dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name })),
    );
    expect(created.map((res) => res.status)).toEqual(Array(8).fill(201));
    const base = created[0].body.app.slug.replace(/-\d+$/, "");
    expect(created.map((res) => res.body.app.slug).sort()).toEqual(
      [base, ...Array.from({ length: 7 }, (_, i) => `${base}-${i + 2}`)].sort(),
    );
  });

  it("renames an app and refuses a slug another app has", async () => {
    const first = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "First" })).body.app;
    const second = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Second" })).body.app;
    const renamed = await dev.patch(`/api/v1/apps/${second.id}`, { name: "Renamed", isPublic: true });
    expect(renamed.status).toBe(200);
    expect(renamed.body.app).toMatchObject({ name: "Renamed", slug: second.slug, isPublic: true });
    expect(renamed.body.pages).toEqual([expect.objectContaining({ name: "Page1" })]);
    const clash = await dev.patch(`/api/v1/apps/${second.id}`, { slug: first.slug });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({ code: "slug_taken", path: "body.slug" });
    expect((await dev.delete(`/api/v1/apps/${first.id}`)).status).toBe(204);
    expect((await dev.get(`/api/v1/apps/${first.id}`)).status).toBe(404);
    expect((await dev.patch(`/api/v1/apps/${second.id}`, { slug: first.slug })).status).toBe(200);
  });

  it("keeps an app's title and navigation, serves them to viewers and refuses a bad one with the path", async () => {
    const created = (
      await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Chrome", isPublic: true })
    ).body;
    expect(created.app.settings).toEqual({ title: "", navigation: "top", hiddenPages: [] });
    const settings = { title: "Staff portal", navigation: "side", hiddenPages: [created.pages[0].id] };
    const res = await dev.patch(`/api/v1/apps/${created.app.id}`, { settings });
    expect(res.status).toBe(200);
    expect(res.body.app).toMatchObject({ settings, isPublic: true, name: "Chrome" });
    expect((await dev.get(`/api/v1/apps/${created.app.id}`)).body.app.settings).toEqual(settings);
    const bad = await dev.patch(`/api/v1/apps/${created.app.id}`, {
      settings: { ...settings, navigation: "bottom" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("body.settings.navigation");
    await dev.post(`/api/v1/apps/${created.app.id}/deploy`);
    const viewed = await server.client().get(`/api/v1/viewer/apps/${created.app.slug}`);
    expect(viewed.body.settings).toEqual(settings);
  });

  it("refuses a page document whose query names a datasource the workspace does not have", async () => {
    const created = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Stray" })).body;
    const base = `/api/v1/apps/${created.app.id}/pages/${created.pages[0].id}/doc`;
    const res = await dev.put(base, {
      revision: 1,
      doc: loginPageDoc({ datasourceId: "no-such-datasource" }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "unknown_datasource",
      path: "body.doc.queries.0.config.datasourceId",
    });
    expect((await dev.get(base)).body.revision).toBe(1);
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
