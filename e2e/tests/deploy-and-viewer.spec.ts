import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

test("the deploy dialog shows the link and what changed, sets members-only, and a signed-out visitor is sent to sign in", async ({
  page,
  browser,
  api,
  appEditor,
}) => {
  await api.signInAsAdmin();
  await appEditor.openNewApp("Deploy dialog");
  await appEditor.dragWidget("Text", 40, 20, "Text1");
  await appEditor.setProperty("Text", "Members only");
  await appEditor.waitSaved();

  // The top-bar switch says what it does.
  const publicSwitch = page.getByRole("switch", { name: "Anyone with the link can open the app" });
  await publicSwitch.check();
  await expect(publicSwitch).toBeChecked();

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  let dialog = await appEditor.openDeployDialog();
  const changes = dialog.getByRole("region", { name: "Changes since the last deployment" });
  await expect(dialog.getByRole("radio", { name: "Anyone with the link" })).toBeChecked();
  await expect(changes).toContainText("First deployment");
  await expect(dialog.getByRole("region", { name: "Problems" })).toContainText("No problems found");
  const url = await dialog.getByLabel("Viewer URL").inputValue();
  expect(url).toMatch(/\/app\/deploy-dialog-\d+$/);
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Members only, from the dialog: the top bar follows.
  await dialog.getByRole("radio", { name: /^Members of the workspace/ }).check();
  await expect(publicSwitch).not.toBeChecked();
  await dialog.getByRole("button", { name: "Deploy now" }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: /^Deployed version 1$/ })).toBeVisible();

  dialog = await appEditor.openDeployDialog();
  await expect(changes).toHaveText(/Nothing changed since version 1\./);
  await expect(dialog.getByRole("radio", { name: /^Members of the workspace/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  // An edit shows up as a changed page.
  await appEditor.selectWidget("Text1");
  await appEditor.setProperty("Text", "Members only, edited");
  dialog = await appEditor.openDeployDialog();
  await expect(changes).toContainText("Pages changed: Page1");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // A signed-out visitor is sent to sign in.
  const visitor = await browser.newContext();
  try {
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(url);
    await expect(visitorPage).toHaveURL(/\/signin\?next=%2Fapp%2Fdeploy-dialog-\d+$/);
  } finally {
    await visitor.close();
  }
});

test("app settings give the deployed app a title and a side navigation without the hidden page", async ({
  page,
  browser,
  api,
  appEditor,
}) => {
  await api.signInAsAdmin();
  await appEditor.openNewApp("Navigation");
  await appEditor.addPage("Home");
  await appEditor.dragWidget("Text", 40, 20, "Text1");
  await appEditor.setProperty("Text", "Welcome home");
  await appEditor.addPage("Secret");
  await appEditor.waitSaved();

  await page.getByRole("button", { name: "App settings" }).click();
  const settings = page.getByRole("dialog", { name: "App settings" });
  await settings.getByLabel("Title").fill("Staff portal");
  await settings.getByRole("radio", { name: "Side bar" }).check();
  await settings.getByRole("checkbox", { name: "Secret" }).uncheck();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toBeHidden();
  await page.getByRole("switch", { name: "Anyone with the link can open the app" }).check();
  const link = await appEditor.deploy();

  const visitor = await browser.newContext();
  try {
    const viewer = await visitor.newPage();
    await viewer.goto(link.replace(/\/[^/]+$/, "/page1"));
    await expect(viewer.getByText("Staff portal", { exact: true })).toBeVisible();
    const nav = viewer.getByRole("navigation", { name: "Pages" });
    await expect(nav.getByRole("link")).toHaveText(["Page1", "Home"]);
    await expect(nav.getByRole("link", { name: "Page1" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Home" }).click();
    await expect(viewer).toHaveURL(/\/home$/);
    await expect(viewer.getByText("Welcome home")).toBeVisible();
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    await expect(viewer).toHaveTitle("Home · Staff portal");
    // The side bar sits left of the page.
    const navBox = await viewer.locator(".tv-nav").boundingBox();
    const textBox = await viewer.getByText("Welcome home").boundingBox();
    expect(navBox && textBox && navBox.x + navBox.width <= textBox.x).toBe(true);
  } finally {
    await visitor.close();
  }
});

test("the login app at phone width is one column without horizontal scrolling", async ({
  browser,
}, testInfo) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await phone.newPage();
    const app = new LoginAppViewer(page);
    await app.openLogin();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const boxes = await Promise.all(
      [app.email(), app.password(), app.loginButton()].map((locator) => locator.boundingBox()),
    );
    for (const box of boxes) {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      // One column: each field takes most of the width.
      expect(box!.width).toBeGreaterThan(250);
    }
    expect(boxes[0]!.y).toBeLessThan(boxes[1]!.y);
    expect(boxes[1]!.y).toBeLessThan(boxes[2]!.y);
    await testInfo.attach("login app at 390x844", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    // Still usable there: a wrong password answers in a toast that fits the screen.
    await app.signIn(stack.demoUser.email, "wrong-password");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Invalid login credentials");
    const alertBox = await alert.boundingBox();
    expect(alertBox!.x + alertBox!.width).toBeLessThanOrEqual(390);
  } finally {
    await phone.close();
  }
});

test("the same alert shown again while its toast is up shows a count", async ({ page }) => {
  const app = new LoginAppViewer(page);
  await app.openLogin();
  await app.signIn(stack.demoUser.email, "wrong-password");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Invalid login credentials");
  await expect(alert).not.toContainText(/×\d/);
  await app.loginButton().click();
  await expect(alert).toContainText(/Invalid login credentials.*×2/);
  await expect(alert).toHaveCount(1);
  await app.loginButton().click();
  await expect(alert).toContainText("×3");
});
