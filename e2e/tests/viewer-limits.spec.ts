import { expect, test } from "@playwright/test";
import { PlatformApi } from "../fixtures/platformApi";

const layout = (y: number, h = 4) => ({ x: 0, y, w: 24, h });

test("an endless loop in a trigger is stopped, named, and the page stays usable", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const api = new PlatformApi(request);
  await api.signInAsAdmin();
  const workspaceId = await api.firstWorkspaceId();
  const slug = await api.deployPublicApp(workspaceId, `Limits ${Date.now()}`, {
    widgets: [
      {
        id: "w-text",
        name: "Text1",
        type: "Text",
        parentId: null,
        layout: layout(0),
        props: { text: "<img src=x onerror=alert(1)>" },
      },
      {
        id: "w-spin",
        name: "SpinButton",
        type: "Button",
        parentId: null,
        layout: layout(6),
        props: { label: "Spin", onClick: "{{Loop1.spinForever()}}" },
      },
      {
        id: "w-count",
        name: "CountButton",
        type: "Button",
        parentId: null,
        layout: layout(12),
        props: { label: "Count", onClick: "{{storeValue('count', (appsmith.store.count || 0) + 1)}}" },
      },
      {
        id: "w-count-text",
        name: "CountText",
        type: "Text",
        parentId: null,
        layout: layout(18),
        props: { text: "Count: {{appsmith.store.count || 0}}" },
      },
    ],
    jsObjects: [
      {
        id: "js-loop",
        name: "Loop1",
        source: "export default {\n  spinForever() {\n    while (true) {}\n  },\n};\n",
        runOnPageLoad: [],
      },
    ],
  });

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/app/${slug}`);

  // Markup in a Text widget is shown as text, never parsed.
  await expect(page.getByText("<img src=x onerror=alert(1)>", { exact: true })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);

  const spin = page.getByRole("button", { name: "Spin" });
  await spin.click();
  await expect(spin).toBeDisabled();
  await expect(page.getByRole("alert").filter({ hasText: "spinForever" })).toBeVisible({ timeout: 20_000 });
  await expect(spin).toBeEnabled();

  // The page is live again: other triggers run and bindings update.
  await page.getByRole("button", { name: "Count" }).click();
  await expect(page.getByText("Count: 1", { exact: true })).toBeVisible();

  // And the stopped function can run again (and is stopped again).
  await page.getByRole("button", { name: "Dismiss" }).first().click();
  await spin.click();
  await expect(page.getByRole("alert").filter({ hasText: "spinForever" })).toBeVisible({ timeout: 20_000 });
  await expect(spin).toBeEnabled();
  expect(dialogs).toEqual([]);
});

test("an unknown app and an unknown page show a friendly 404", async ({ page }) => {
  await page.goto("/app/no-such-app");
  await expect(page.getByRole("heading", { name: "App not found" })).toBeVisible();
  await page.goto("/app/login-app/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
