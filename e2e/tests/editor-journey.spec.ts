import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { loginModuleSource } from "../fixtures/loginModuleSource";
import { publishAuthPackage } from "../fixtures/publishAuthPackage";
import { expect, test } from "../fixtures/test";

test("the flagship journey through the UI alone: datasource, package, publish, app, deploy, sign in", async ({
  page,
  pageErrors,
  signIn,
  home,
  appEditor: editor,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const workspaceName = `Journey ${stamp}`;
  const appName = `Journey app ${stamp}`;

  await signIn.signInAsAdmin();
  await home.goto();
  await home.createWorkspace(workspaceName);

  // 1-4. The auth API as a datasource with its secret apikey header, the Auth package (query
  // module sign_in, JS module Login), published as version 1.
  await publishAuthPackage(page, workspaceName, loginModuleSource());

  // 5. The app: two pages, the login widgets, bindings, Login1 and the button's onClick.
  await home.goto();
  await home.createApp(appName, workspaceName);
  await editor.buildLoginApp();

  // A move, undone and redone from the keyboard.
  await editor.selectWidget("Input2");
  const { from, to } = await editor.moveWidgetBy("Input2", 120, 0);
  expect(to.x - from.x).toBeGreaterThan(80);
  await editor.undoAndRedoMove("Input2", from, to);
  await editor.waitSaved();

  // 6. Deploy, then sign in as a visitor of the deployed app.
  const viewerLink = await editor.deploy();
  const viewer = new LoginAppViewer(page);
  await viewer.signInAsDemoUser(viewerLink);
  await expect(page).toHaveURL(/\/home$/);
  await expect(viewer.signedInText()).toBeVisible();
  expect(pageErrors).toEqual([]);
});
