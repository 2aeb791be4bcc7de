import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { loginModuleSource } from "../fixtures/loginModuleSource";
import { publishAuthPackage } from "../fixtures/publishAuthPackage";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

/**
 * Signs in to a deployed app as a first-time visitor: a fresh browser context with no stored
 * tokens, carrying only the author's platform session, since apps are members-only by default.
 */
async function visitorSignsIn(
  browser: Browser,
  author: Page,
  loginUrl: string,
): Promise<{ visitor: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    baseURL: stack.platformUrl,
    storageState: { cookies: await author.context().cookies(), origins: [] },
  });
  const visitor = await context.newPage();
  await new LoginAppViewer(visitor).signInAsDemoUser(loginUrl);
  return { visitor, close: () => context.close() };
}

test("a new package version: where used, upgrade available, upgrade and deploy, the old deployment unchanged until then", async ({
  page,
  pageErrors,
  browser,
  signIn,
  home,
  appEditor: editor,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const workspaceName = `Versions ${stamp}`;
  const appName = `Versions app ${stamp}`;

  await signIn.signInAsAdmin();
  await home.goto();
  await home.createWorkspace(workspaceName);

  // 1-4. The auth API as a datasource with its secret apikey header, package Auth (query
  // module sign_in, JS module Login landing on Home), version 1. Version 2 of Login differs
  // only in the page it lands on after signing in.
  const { packageEditor, packageUrl } = await publishAuthPackage(
    page,
    workspaceName,
    loginModuleSource("Home"),
  );
  const whereUsed = page.getByRole("region", { name: "Where used" });
  await expect(whereUsed).toContainText("No app uses this package yet.");

  // 5. The app: LoginPage and Home from the page object, plus a Dashboard page for v2 to land on.
  await home.goto();
  await home.createApp(appName, workspaceName);
  const appEditorUrl = page.url().replace(/\/pages\/.*$/, "");
  await editor.buildLoginApp();
  await editor.addPage("Dashboard");
  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.setProperty("Text", "Welcome to the dashboard");
  await editor.waitSaved();
  await editor.openPage("LoginPage");
  await expect(page.getByRole("status", { name: /^Upgrade available/ })).toHaveCount(0);

  // 6. Deploy v1 of the app; a visitor signs in and lands on Home.
  const loginUrl = await editor.deploy();
  const first = await visitorSignsIn(browser, page, loginUrl);
  await expect(first.visitor).toHaveURL(/\/home$/);
  await expect(first.visitor.getByText("Signed in", { exact: true })).toBeVisible();
  await first.close();

  // The package page shows where v1 is used: the app's draft and its deployment.
  await page.goto(packageUrl);
  await expect(whereUsed.getByRole("list", { name: "Uses of v1" }).getByRole("listitem")).toHaveText([
    new RegExp(`${appName} › LoginPage › Login1 deployed #1`),
    new RegExp(`${appName} › LoginPage › Login1 draft`),
  ]);

  // Version 2 lands on Dashboard. Nothing used is removed: no breaking-change warning.
  await packageEditor.openModule("Login");
  await packageEditor.setJsSource(loginModuleSource("Dashboard"));
  await packageEditor.waitSaved();
  await packageEditor.publish();
  await expect(packageEditor.versions().first()).toContainText("v2");

  // The deployed app keeps v1 until its next deploy.
  const stillOld = await visitorSignsIn(browser, page, loginUrl);
  await expect(stillOld.visitor).toHaveURL(/\/home$/);
  await stillOld.close();

  // The app editor offers the upgrade with what changes; the author upgrades and deploys.
  await page.goto(appEditorUrl);
  await editor.openPage("LoginPage");
  const upgrade = page.getByRole("status", { name: "Upgrade available for Login1" });
  await expect(upgrade).toContainText("Login1 uses Auth v1; v2 is published.");
  await expect(upgrade.getByRole("list", { name: "Changes from v1 to v2" })).toContainText(
    "Login: signin changed",
  );
  await upgrade.getByRole("button", { name: "Upgrade Login1 to v2" }).click();
  await expect(upgrade).toBeHidden();
  await editor.waitSaved();
  await editor
    .explorer()
    .getByRole("button", { name: /^Login1 / })
    .click();
  await expect(editor.inspector()).toContainText("pinned to version 2");

  const redeployed = await editor.deploy();
  const upgraded = await visitorSignsIn(browser, page, redeployed);
  await expect(upgraded.visitor).toHaveURL(/\/dashboard$/);
  await expect(upgraded.visitor.getByText("Welcome to the dashboard")).toBeVisible();
  await upgraded.close();

  // A v3 that drops signin, which the app uses, is held back until the author confirms.
  await page.goto(packageUrl);
  await packageEditor.openModule("Login");
  await packageEditor.setJsSource("export default {\n  signinWithCode: ({ code }) => code,\n}\n");
  await packageEditor.waitSaved();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const warning = page.getByRole("alert").filter({ hasText: "Publishing removes" });
  await expect(warning).toContainText(`${appName} uses: function signin`);
  await expect(
    warning.getByRole("list", { name: "Affected uses" }).getByRole("listitem").first(),
  ).toContainText(`${appName} › LoginPage › Login1`);
  await warning.getByRole("button", { name: "Cancel" }).click();
  await expect(packageEditor.versions().first()).toContainText("v2");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await warning.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Published v3$/ })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("export a package from the workspace home and import it into another workspace", async ({
  page,
  api,
  home,
}) => {
  const stamp = Date.now();
  const email = `transfer-${stamp}@example.com`;
  const password = "transfer-password-123";
  await api.signUp(email, password, "Transfer");
  await api.signIn(email, password);
  const source = await api.createWorkspace(`Source ${stamp}`);
  await api.createWorkspace(`Target ${stamp}`);
  const datasource = await api.createDatasource(source.id, {
    name: "Demo auth",
    baseUrl: stack.demoAuthUrl,
    headers: [{ name: "apikey", value: "never-exported-secret", secret: true }],
  });
  const pkg = await api.createPackage(source.id, "Auth");
  await api.createModule(pkg.id, {
    kind: "query",
    name: "sign_in",
    inputs: [{ name: "email", defaultValue: "" }],
    config: { datasourceId: datasource.id, method: "POST", path: "/token?grant_type=password", body: "{}" },
  });
  await api.createModule(pkg.id, {
    kind: "js",
    name: "Login",
    inputs: [],
    source: loginModuleSource("Home"),
  });
  await api.publish(pkg.id);

  await home.goto();
  const sourceSection = home.workspace(`Source ${stamp}`).getByRole("region", { name: "Import and export" });
  const downloading = page.waitForEvent("download");
  await sourceSection.getByRole("link", { name: "Export Auth (package)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("auth.package.json");
  const path = await download.path();
  const text = await readFile(path, "utf8");
  expect(text).not.toContain("never-exported-secret");
  expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  expect(Object.keys(JSON.parse(text))).toEqual(["format", "formatVersion", "package", "requires"]);

  const targetSection = home.workspace(`Target ${stamp}`).getByRole("region", { name: "Import and export" });
  await targetSection.getByLabel("Import a package or app file").setInputFiles(path);
  await expect(targetSection.getByRole("status")).toContainText("Imported package Auth.");
  await expect(targetSection.getByRole("status")).toContainText("Missing datasources");
  await expect(targetSection.getByRole("status")).toContainText("Demo auth");
  await expect(
    home.list("Packages", `Target ${stamp}`).getByRole("link", { name: "Auth", exact: true }),
  ).toBeVisible();

  // A file that is not an export is refused with the server's reason, and nothing appears.
  await targetSection.getByLabel("Import a package or app file").setInputFiles({
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format":"tessera/package","__proto__":{"admin":true}}'),
  });
  await expect(targetSection.getByRole("alert")).toContainText(
    'body.__proto__: the key "__proto__" is not allowed',
  );
});
