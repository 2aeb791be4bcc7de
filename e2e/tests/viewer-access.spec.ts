import { expect, test } from "@playwright/test";
import { PlatformApi } from "../fixtures/platformApi";
import { stack } from "../fixtures/stack";

const at = (y: number, h = 4) => ({ x: 0, y, w: 24, h });

test("a members-only app sends a signed-out visitor to sign in and back", async ({ page, request }) => {
  const api = new PlatformApi(request);
  await api.signInAsAdmin();
  const workspaceId = await api.firstWorkspaceId();
  const slug = await api.deployApp(
    workspaceId,
    `Private ${Date.now()}`,
    {
      widgets: [
        {
          id: "t",
          name: "Text1",
          type: "Text",
          parentId: null,
          layout: at(0),
          props: { text: "Members only" },
        },
      ],
    },
    false,
  );

  await page.goto(`/app/${slug}`);
  await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(`/app/${slug}`)}`);
  await page.getByLabel("Email").fill(stack.admin.email);
  await page.getByLabel("Password").fill(stack.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/app/${slug}`);
  await expect(page.getByText("Members only", { exact: true })).toBeVisible();
});

test("a failing query and a broken binding show alerts, not a blank page", async ({ page, request }) => {
  const api = new PlatformApi(request);
  await api.signInAsAdmin();
  const workspaceId = await api.firstWorkspaceId();
  // Its own datasource: earlier specs may rename or delete the seeded one.
  const { id: datasourceId } = await api.createDatasource(workspaceId, {
    name: `Failures auth ${Date.now()}`,
    baseUrl: stack.demoAuthUrl,
    headers: [{ name: "apikey", value: stack.demoAuthApiKey, secret: true }],
  });
  const slug = await api.deployPublicApp(workspaceId, `Failures ${Date.now()}`, {
    widgets: [
      { id: "t1", name: "Title", type: "Text", parentId: null, layout: at(0), props: { text: "Still here" } },
      {
        id: "t2",
        name: "Broken",
        type: "Text",
        parentId: null,
        layout: at(5),
        props: { text: "{{nothing.here}}" },
      },
      {
        id: "c1",
        name: "Box",
        type: "Container",
        parentId: null,
        layout: at(10, 12),
        props: {},
      },
      {
        id: "t3",
        name: "Inside",
        type: "Text",
        parentId: "c1",
        layout: { x: 0, y: 0, w: 64, h: 4 },
        props: { text: "In the box" },
      },
    ],
    queries: [
      {
        id: "q1",
        name: "missing_route",
        config: {
          datasourceId,
          method: "GET",
          path: "/no-such-route",
          queryParams: [],
          headers: [],
          body: "",
        },
        runOnPageLoad: true,
      },
    ],
  });

  await page.goto(`/app/${slug}`);
  await expect(page.getByText("Still here", { exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "Box" }).getByText("In the box")).toBeVisible();
  // The upstream's own words for the failed on-load query (a 404 of the auth API).
  await expect(page.getByRole("alert").filter({ hasText: /not found/i })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Broken.text" })).toBeVisible();
  await expect(page.locator('[data-widget="Broken"]')).toHaveAttribute("title", /Broken\.text: .*nothing/);
});
