import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { AppEditorPage } from "../fixtures/AppEditorPage";
import { HomePage } from "../fixtures/HomePage";
import { SignInPage } from "../fixtures/SignInPage";
import { stack } from "../fixtures/stack";

const loginSource = `export default {
  signin: ({ email, password }) =>
    sign_in.run({ email, password }).then(({ user, ...tokens }) => {
      for (const [key, value] of Object.entries(tokens)) storeValue(key, value);
      return navigateTo('Home');
    }),
}
`;

test("an author builds the login app in the app editor, deploys it and signs in through the viewer", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  const stamp = Date.now();
  const workspaceName = `Editor app ${stamp}`;
  const appName = `Portal ${stamp}`;

  // Only this spec sets up through the API, to stay independent of the package editor:
  // a workspace, the datasource with its secret apikey, and the Auth package published as v1.
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(stack.admin.email, stack.admin.password);
  const api = page.request;
  const post = async <T>(path: string, data?: unknown): Promise<T> => {
    const response = await api.post(path, { data });
    expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  const { workspace } = await post<{ workspace: { id: string } }>("/api/v1/workspaces", {
    name: workspaceName,
  });
  const { datasource } = await post<{ datasource: { id: string } }>(
    `/api/v1/workspaces/${workspace.id}/datasources`,
    {
      name: "Demo auth",
      baseUrl: stack.demoAuthUrl,
      headers: [{ name: "apikey", value: stack.demoAuthApiKey, secret: true }],
    },
  );
  const { package: pkg } = await post<{ package: { id: string } }>(
    `/api/v1/workspaces/${workspace.id}/packages`,
    {
      name: "Auth",
    },
  );
  await post(`/api/v1/packages/${pkg.id}/modules`, {
    kind: "query",
    name: "sign_in",
    inputs: [
      { name: "email", defaultValue: "" },
      { name: "password", defaultValue: "" },
    ],
    config: {
      datasourceId: datasource.id,
      method: "POST",
      path: "/token?grant_type=password",
      queryParams: [],
      headers: [],
      body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
    },
  });
  await post(`/api/v1/packages/${pkg.id}/modules`, {
    kind: "js",
    name: "Login",
    inputs: [],
    source: loginSource,
  });
  await post(`/api/v1/packages/${pkg.id}/publish`);

  // The app, through the UI.
  const home = new HomePage(page);
  await home.goto();
  await home.createApp(appName, workspaceName);
  const editor = new AppEditorPage(page);
  await expect(editor.canvas()).toBeVisible();

  // Two pages: the first one becomes LoginPage (the home page), then Home.
  await editor.renameCurrentPage("Page1", "LoginPage");
  await editor.addPage("Home");
  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.setProperty("Text", "{{appsmith.store.access_token ? 'Signed in' : 'Signed out'}}");
  await expect(editor.evaluated("Text")).toHaveText('"Signed out"');
  await editor.waitSaved();

  // LoginPage: a title, email and password inputs and a button, dragged from the palette.
  await editor.openPage("LoginPage");
  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.dragWidget("Input", 40, 80, "Input1");
  await editor.dragWidget("Input", 40, 160, "Input2");
  await editor.dragWidget("Button", 40, 240, "Button1");
  await expect(editor.explorer().getByRole("list", { name: "Widget tree" }).getByRole("button")).toHaveCount(
    4,
  );

  await editor.selectWidget("Input1");
  await editor.setProperty("Label", "Email");
  await editor.chooseProperty("Type", "Email");
  await editor.setProperty("Placeholder", "you@example.com");
  await editor.selectWidget("Input2");
  await editor.setProperty("Label", "Password");
  await editor.chooseProperty("Type", "Password");
  await editor.selectWidget("Text1");
  await editor.setProperty("Text", "Sign in{{Input1.text ? ' as ' + Input1.text : ''}}");
  await expect(editor.evaluated("Text")).toHaveText('"Sign in"');
  await expect(editor.widget("Text1")).toContainText("Sign in");
  await editor.selectWidget("Button1");
  await editor.setProperty("Label", "Login");
  await expect(editor.widget("Button1")).toContainText("Login");

  // The module instance, from the JS section of the explorer.
  await editor.addModuleInstance("Login");
  await expect(editor.explorer().getByRole("button", { name: /^Login1 / })).toBeVisible();
  await expect(editor.inspector().getByRole("heading", { name: "Module instance Login1" })).toBeVisible();

  await editor.selectWidget("Button1");
  await editor.setProperty("onClick", "{{Login1.signin({ email: Input1.text, password: Input2.text })}}");
  await editor.waitSaved();

  // A move, undone and redone.
  await editor.selectWidget("Button1");
  const before = await editor.widget("Button1").boundingBox();
  await editor.moveWidgetBy("Button1", 160, 40);
  const moved = await editor.widget("Button1").boundingBox();
  expect(moved!.x - before!.x).toBeGreaterThan(100);
  expect(moved!.y - before!.y).toBeGreaterThan(25);
  await editor.undo();
  await expect.poll(async () => (await editor.widget("Button1").boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await editor.redo();
  await expect.poll(async () => (await editor.widget("Button1").boundingBox())!.x).toBeCloseTo(moved!.x, 0);
  await editor.waitSaved();

  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/app-editor.png"),
    fullPage: true,
  });

  const viewerLink = await editor.deploy();
  expect(viewerLink).toMatch(/^\/app\/portal-\d+\/loginpage$/);

  // The deployed app in the viewer: sign in as the demo user, land on Home.
  await page.goto(viewerLink);
  await page.getByLabel("Email").fill(stack.demoUser.email);
  await page.getByLabel("Password").fill(stack.demoUser.password);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByText("Signed in", { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
