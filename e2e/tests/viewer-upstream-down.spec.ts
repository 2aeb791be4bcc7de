import { PlatformApi } from "../fixtures/platformApi";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

// Nothing listens here: the stack's ports are base, +1, +10 and +11.
const downPort = stack.ports.platform + 9;

test("a signed-out visitor of a public app whose service is down sees no internal address", async ({
  page,
  request,
  api,
}) => {
  const author = new PlatformApi(request);
  await author.signInAsAdmin();
  const workspaceId = await author.firstWorkspaceId();
  const { id: datasourceId } = await author.createDatasource(workspaceId, {
    name: `Down ${Date.now()}`,
    baseUrl: `http://127.0.0.1:${downPort}/api`,
  });
  const slug = await author.deployPublicApp(workspaceId, `Down ${Date.now()}`, {
    widgets: [
      {
        id: "t1",
        name: "Title",
        type: "Text",
        parentId: null,
        layout: { x: 0, y: 0, w: 24, h: 4 },
        props: { text: "Orders" },
      },
    ],
    queries: [
      {
        id: "q1",
        name: "list_orders",
        config: { datasourceId, method: "GET", path: "/orders", queryParams: [], headers: [], body: "" },
        runOnPageLoad: true,
      },
    ],
  });

  await page.goto(`/app/${slug}`);
  await expect(page.getByText("Orders", { exact: true })).toBeVisible();
  const alert = page.getByRole("alert").filter({ hasText: "did not answer" });
  await expect(alert).toBeVisible();
  const shown = (await alert.textContent()) ?? "";
  expect(shown).toMatch(/Request id: [0-9a-f-]{36}/);
  expect(shown).not.toContain("127.0.0.1");
  expect(shown).not.toContain(String(downPort));
  await expect(page.locator("body")).not.toContainText("127.0.0.1");

  // A member of the workspace gets the detail needed to fix the datasource.
  await api.signInAsAdmin();
  await page.reload();
  await expect(
    page.getByRole("alert").filter({ hasText: `Could not connect to http://127.0.0.1:${downPort}` }),
  ).toBeVisible();
});
