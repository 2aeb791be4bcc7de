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

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(stack.admin.email, stack.admin.password);
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkspace(workspaceName);

  // Only this spec sets up through the API, to stay independent of the package editor: the
  // datasource with its secret apikey, and the Auth package published as v1.
  const api = page.request;
  const post = async <T>(path: string, data?: unknown): Promise<T> => {
    const response = await api.post(path, { data });
    expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  const { workspaces } = (await (await api.get("/api/v1/workspaces")).json()) as {
    workspaces: Array<{ id: string; name: string }>;
  };
  const workspace = workspaces.find((w) => w.name === workspaceName)!;
  expect(workspace).toBeDefined();
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
  await home.goto();
  await home.createApp(appName, workspaceName);
  const editor = new AppEditorPage(page);
  await expect(editor.canvas()).toBeVisible();

  // Two pages (LoginPage, the home page, and Home), the login widgets dragged from the
  // palette, bindings, the Login1 instance and the button's onClick.
  await editor.buildLoginApp();

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
  await page.goto(viewerLink);
  await page.getByLabel("Email").fill(stack.demoUser.email);
  await page.getByLabel("Password").fill(stack.demoUser.password);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByText("Signed in", { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
