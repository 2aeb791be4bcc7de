import { resolve } from "node:path";
import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { loginModuleSource } from "../fixtures/loginModuleSource";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

test("an author builds the login app in the app editor, deploys it and signs in through the viewer", async ({
  page,
  pageErrors,
  signIn,
  home,
  api,
  appEditor: editor,
}) => {
  const stamp = Date.now();
  const workspaceName = `Editor app ${stamp}`;
  const appName = `Portal ${stamp}`;

  await signIn.signInAsAdmin();
  await home.goto();
  await home.createWorkspace(workspaceName);

  // Only this spec sets up through the API, to stay independent of the package editor: the
  // datasource with its secret apikey, and the Auth package published as v1.
  const { workspaces } = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    workspaces: Array<{ id: string; name: string }>;
  };
  const workspace = workspaces.find((w) => w.name === workspaceName)!;
  expect(workspace).toBeDefined();
  const { packageId } = await api.createAuthPackage(workspace.id, loginModuleSource());
  await api.publish(packageId);

  // The app, through the UI.
  await home.goto();
  await home.createApp(appName, workspaceName);
  await expect(editor.canvas()).toBeVisible();

  // Two pages (LoginPage, the home page, and Home), the login widgets dragged from the
  // palette, bindings, the Login1 instance and the button's onClick.
  await editor.buildLoginApp();

  // A move, undone and redone.
  await editor.selectWidget("Button1");
  const { from, to } = await editor.moveWidgetBy("Button1", 160, 40);
  expect(to.x - from.x).toBeGreaterThan(100);
  expect(to.y - from.y).toBeGreaterThan(25);
  await editor.undoAndRedoMove("Button1", from, to);
  await editor.waitSaved();

  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/app-editor.png"),
    fullPage: true,
  });

  // An app query on the same datasource, run from its editor with a bound query param.
  const query = await editor.addQuery("Api1");
  await query.getByLabel("Datasource").selectOption({ label: `Demo auth (${stack.demoAuthUrl})` });
  await query.getByLabel("Path").fill("/health");
  await query.getByRole("button", { name: "Add query param" }).click();
  await query.getByLabel("query param 1 key").fill("probe");
  await query.getByLabel("query param 1 value").fill("{{Input1.text || 'editor'}}");
  await query.getByRole("button", { name: "Run Api1" }).click();
  await expect(query.getByLabel("Run result")).toContainText("GoTrue", { timeout: 20_000 });

  // Preview runs the drafts in the editor: sign in there, land on Home inside the preview.
  await editor.togglePreview();
  const preview = editor.preview();
  await preview.getByLabel("Email").fill(stack.demoUser.email);
  await preview.getByLabel("Password").fill(stack.demoUser.password);
  await preview.getByRole("button", { name: "Login" }).click();
  await expect(preview.getByText("Signed in", { exact: true })).toBeVisible();
  await expect(preview).toContainText("Previewing Home");
  await editor.togglePreview();
  await expect(editor.widget("Button1")).toBeVisible();

  const viewerLink = await editor.deploy();
  expect(viewerLink).toMatch(/^\/app\/portal-\d+\/loginpage$/);

  // The deployed app in the viewer: sign in as the demo user, land on Home.
  const viewer = new LoginAppViewer(page);
  await viewer.signInAsDemoUser(viewerLink);
  await expect(page).toHaveURL(/\/home$/);
  await expect(viewer.signedInText()).toBeVisible();
  expect(pageErrors).toEqual([]);
});
