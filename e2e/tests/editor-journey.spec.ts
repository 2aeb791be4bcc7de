import { expect, test } from "@playwright/test";
import { AppEditorPage } from "../fixtures/AppEditorPage";
import { DatasourceEditorPage } from "../fixtures/DatasourceEditorPage";
import { HomePage } from "../fixtures/HomePage";
import { PackageEditorPage } from "../fixtures/PackageEditorPage";
import { SignInPage } from "../fixtures/SignInPage";
import { stack } from "../fixtures/stack";

// Promise chain on purpose: the design promises chains and async/await both work, and the
// package editor spec covers async/await.
const loginSource = `export default {
  signin: ({ email, password }) =>
    sign_in.run({ email, password }).then(({ user, ...tokens }) => {
      for (const [key, value] of Object.entries(tokens)) storeValue(key, value);
      return navigateTo('Home');
    }),
}
`;

test("the flagship journey through the UI alone: datasource, package, publish, app, deploy, sign in", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  const stamp = Date.now();
  const workspaceName = `Journey ${stamp}`;
  const appName = `Journey app ${stamp}`;

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(stack.admin.email, stack.admin.password);
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkspace(workspaceName);

  // 1. The auth API as a datasource, its apikey a secret header.
  await home.createDatasource("Demo auth", stack.demoAuthUrl, workspaceName);
  const datasource = new DatasourceEditorPage(page);
  await datasource.addHeader("apikey", stack.demoAuthApiKey, { secret: true });
  await datasource.save();

  // 2-3. The Auth package: query module sign_in and JS module Login.
  await home.goto();
  await home.createPackage("Auth", workspaceName);
  const packageEditor = new PackageEditorPage(page);
  await packageEditor.addModule("query", "sign_in");
  await packageEditor.selectDatasource("Demo auth");
  await packageEditor.setMethod("POST");
  await packageEditor.setPath("/token?grant_type=password");
  await packageEditor.setBody('{ "email": {{inputs.email}}, "password": {{inputs.password}} }');
  await packageEditor.addInput("email");
  await packageEditor.addInput("password");
  await packageEditor.waitSaved();
  await packageEditor.addModule("js", "Login");
  await packageEditor.setJsSource(loginSource);
  await packageEditor.waitSaved();

  // 4. Publish version 1.
  await packageEditor.publish();
  await expect(packageEditor.versions().first()).toContainText("v1");

  // 5. The app: two pages, the login widgets, bindings, Login1 and the button's onClick.
  await home.goto();
  await home.createApp(appName, workspaceName);
  const editor = new AppEditorPage(page);
  await editor.buildLoginApp();

  // A move, undone and redone from the keyboard.
  await editor.selectWidget("Input2");
  const before = await editor.widget("Input2").boundingBox();
  await editor.moveWidgetBy("Input2", 120, 0);
  const moved = await editor.widget("Input2").boundingBox();
  expect(moved!.x - before!.x).toBeGreaterThan(80);
  await editor.undo();
  await expect.poll(async () => (await editor.widget("Input2").boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await editor.redo();
  await expect.poll(async () => (await editor.widget("Input2").boundingBox())!.x).toBeCloseTo(moved!.x, 0);
  await editor.waitSaved();

  // 6. Deploy, then sign in as a visitor of the deployed app.
  const viewerLink = await editor.deploy();
  await page.goto(viewerLink);
  await page.getByLabel("Email").fill(stack.demoUser.email);
  await page.getByLabel("Password").fill(stack.demoUser.password);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByText("Signed in", { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
