import type { PlatformApi } from "../fixtures/platformApi";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

const input = (name: string, type: string, required: boolean, defaultValue = "") => ({
  name,
  type,
  required,
  defaultValue,
  description: `The ${name} to sign in with`,
});

/**
 * A published package Directory on the demo auth API: query module `sign_in` (typed inputs
 * email and password) and JS module `Greeter`, whose own inputs feed sign_in and whose
 * `signin` keeps the signed-in email in the store.
 */
async function publishDirectory(api: PlatformApi, workspaceId: string): Promise<void> {
  const datasource = await api.createDatasource(workspaceId, {
    name: "Demo auth",
    baseUrl: stack.demoAuthUrl,
    headers: [{ name: "apikey", value: stack.demoAuthApiKey, secret: true }],
  });
  const pkg = await api.createPackage(workspaceId, "Directory");
  await api.createModule(pkg.id, {
    kind: "query",
    name: "sign_in",
    inputs: [input("email", "text", true), input("password", "text", true)],
    config: {
      datasourceId: datasource.id,
      method: "POST",
      path: "/token?grant_type=password",
      body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
    },
  });
  await api.createModule(pkg.id, {
    kind: "js",
    name: "Greeter",
    inputs: [input("email", "text", true), input("password", "text", false)],
    source: `export default {
  signin: () =>
    sign_in.run({ email: inputs.email, password: inputs.password }).then((session) => storeValue('who', session.user.email)),
}
`,
  });
  await api.publish(pkg.id);
}

test("a JS module instance's inputs, set in the app, reach the module's query", async ({
  api,
  signIn,
  appEditor: editor,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await signIn.signInAsAdmin();
  const { appId } = await editor.openNewApp("Module inputs");
  const workspaceId = (await api.request.get(`/api/v1/apps/${appId}`).then((r) => r.json())).app.workspaceId;
  await publishDirectory(api, workspaceId);
  await editor.page.reload();

  await editor.dragWidget("Input", 40, 20, "Input1");
  await editor.dragWidget("Button", 40, 100, "Button1");
  await editor.dragWidget("Text", 40, 180, "Text1");
  await editor.setProperty("Text", "{{appsmith.store.who ?? 'nobody'}}");

  // The instance's pane shows each input with its type and description; values are static
  // or bindings evaluated in the app.
  await editor.addModuleInstance("Greeter");
  const pane = editor.inspector().getByRole("region", { name: "Module instance Greeter1" });
  await expect(pane.getByRole("group", { name: "Inputs" })).toContainText("The email to sign in with");
  await editor.setInstanceInput("email", stack.demoUser.email);
  await editor.setInstanceInput("password", "{{Input1.text}}");

  await editor.selectWidget("Button1");
  await editor.setProperty("onClick", "{{Greeter1.signin()}}");
  await editor.waitSaved();

  await editor.togglePreview();
  const preview = editor.preview();
  await expect(preview.getByText("nobody", { exact: true })).toBeVisible();
  await preview.getByRole("textbox").fill(stack.demoUser.password);
  await preview.getByRole("button").click();
  await expect(preview.getByText(stack.demoUser.email, { exact: true })).toBeVisible({ timeout: 20_000 });
  expect(pageErrors).toEqual([]);
});

test("a query module instance added straight to an app, its data bound to a Text, in Preview and the viewer", async ({
  api,
  page,
  signIn,
  appEditor: editor,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await signIn.signInAsAdmin();
  const { appId } = await editor.openNewApp("Query instance");
  const workspaceId = (await api.request.get(`/api/v1/apps/${appId}`).then((r) => r.json())).app.workspaceId;
  await publishDirectory(api, workspaceId);
  await page.reload();

  await editor.addQueryModuleInstance("sign_in");
  await expect(
    editor
      .explorer()
      .getByRole("list", { name: "Queries" })
      .getByRole("button", { name: /^Sign_in1 / }),
  ).toBeVisible();
  const pane = editor.inspector().getByRole("region", { name: "Module instance Sign_in1" });
  await expect(pane).toContainText("Query module sign_in");
  await editor.setInstanceInput("email", stack.demoUser.email);
  await editor.setInstanceInput("password", stack.demoUser.password);
  await pane.getByLabel("Run on page load").check();

  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.setProperty(
    "Text",
    "{{Sign_in1.isLoading ? 'loading' : Sign_in1.data?.user?.email ?? 'not yet'}}",
  );
  await expect(editor.evaluated("Text")).toHaveText('"not yet"');
  await editor.waitSaved();

  await editor.togglePreview();
  await expect(editor.preview().getByText(stack.demoUser.email, { exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await editor.togglePreview();

  const viewerLink = await editor.deploy();
  await page.goto(viewerLink);
  await expect(page.getByText(stack.demoUser.email, { exact: true })).toBeVisible({ timeout: 20_000 });
  expect(pageErrors).toEqual([]);
});
